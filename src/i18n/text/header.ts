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
  zh: {
    tagline: '单光子沿光纤传输；大多数光子途中丢失；幸存的光子成为秘密密钥，而窃听者会留下痕迹。',
    lessonsLink: '课程',
    helpButton: '键盘帮助',
    helpTitle: '键盘帮助',
    close: '关闭',
    shortcutsHeading: '快捷键',
    keyColumn: '按键',
    actionColumn: '作用',
    shortcuts: {
      space: '开始运行或暂停（焦点不在按钮或输入框上时）',
      help: '打开本帮助',
      restoreAll: '全部恢复：所有数值恢复为预设值',
      tab: '移到下一个控件（Shift+Tab：上一个）',
      arrows: '移动滑块或在菜单中选择（Page Up/Down：大步长；Home/End：两端）',
      enter: '按下按钮，或确认输入的数字',
      escape: '关闭本帮助或说明',
    },
    keys: {
      space: '空格键',
      help: '?',
      restoreAll: 'Alt+Shift+R',
      tab: 'Tab',
      arrows: '← → ↑ ↓',
      enter: 'Enter',
      escape: 'Esc',
    },
    language: '语言',
    colours: '配色',
    colourProfiles: { auto: '跟随系统', light: '浅色', dark: '深色', projector: '投影仪' },
  },
});
