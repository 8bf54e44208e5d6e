// Text of the page header: the name line, the lessons link, the language and colour menus, and the
// keyboard-help dialog with its list of shortcuts.
// English and German side by side; defineText refuses a German entry that is missing.
import { defineText } from '../defineText';

export const headerText = defineText({
  en: {
    tagline:
      'Single photons travel down a fiber; most are lost; the survivors become a secret ' +
      'key, and a spy leaves fingerprints.',
    lessonsLink: 'Lessons',
    helpButton: 'Keyboard help',
    helpTitle: 'Keyboard help',
    close: 'Close',
    shortcutsHeading: 'Shortcuts',
    keyColumn: 'Key',
    actionColumn: 'What it does',
    shortcuts: {
      space: 'Start the run, or pause it (when the focus is not on a button or a field)',
      help: 'Open this help',
      restoreAll: 'Restore all: every value back to the preset',
      tab: 'Move to the next control (Shift+Tab: the previous one)',
      arrows: 'Move a slider or choose in a menu (Page Up/Down: bigger steps; Home/End: the ends)',
      enter: 'Press a button, or take a typed number',
      escape: 'Close this help or an explanation',
    },
    keys: {
      space: 'Space',
      help: '?',
      restoreAll: 'Alt+Shift+R',
      tab: 'Tab',
      arrows: '← → ↑ ↓',
      enter: 'Enter',
      escape: 'Esc',
    },
    language: 'Language',
    colours: 'Colours',
    colourProfiles: { auto: 'System', light: 'Light', dark: 'Dark', projector: 'Projector' },
  },
  de: {
    tagline:
      'Einzelne Photonen laufen durch eine Glasfaser; die meisten gehen verloren; aus ' +
      'den übrigen wird ein geheimer Schlüssel, und eine Spionin hinterlässt Spuren.',
    lessonsLink: 'Lektionen',
    helpButton: 'Tastaturhilfe',
    helpTitle: 'Tastaturhilfe',
    close: 'Schließen',
    shortcutsHeading: 'Tastenkürzel',
    keyColumn: 'Taste',
    actionColumn: 'Was sie tut',
    shortcuts: {
      space: 'Den Lauf starten oder pausieren (wenn der Fokus nicht auf einer Schaltfläche oder einem Feld liegt)',
      help: 'Diese Hilfe öffnen',
      restoreAll: 'Alles wiederherstellen: jeder Wert wie in der Voreinstellung',
      tab: 'Zum nächsten Bedienelement (Umschalt+Tab: zum vorigen)',
      arrows:
        'Einen Schieberegler bewegen oder in einem Menü wählen (Bild auf/ab: größere Schritte; Pos1/Ende: die Enden)',
      enter: 'Eine Schaltfläche drücken oder eine getippte Zahl übernehmen',
      escape: 'Diese Hilfe oder eine Erklärung schließen',
    },
    keys: {
      space: 'Leertaste',
      help: '?',
      restoreAll: 'Alt+Umschalt+R',
      tab: 'Tab',
      arrows: '← → ↑ ↓',
      enter: 'Eingabe',
      escape: 'Esc',
    },
    language: 'Sprache',
    colours: 'Farben',
    colourProfiles: { auto: 'System', light: 'Hell', dark: 'Dunkel', projector: 'Beamer' },
  },
});
