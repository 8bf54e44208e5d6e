// Text of the page header: the name line, the jump link, the language and colour menus.
// English and German side by side; defineText refuses a German entry that is missing.
import { defineText } from '../defineText';

export const headerText = defineText({
  en: {
    tagline: 'Single photons travel down a fiber; most are lost; the survivors become a secret key, and a spy leaves fingerprints.',
    jumpToParameters: 'Go to the link parameters',
    language: 'Language',
    colours: 'Colours',
    colourProfiles: { auto: 'System', light: 'Light', dark: 'Dark', projector: 'Projector' },
  },
  de: {
    tagline: 'Einzelne Photonen laufen durch eine Glasfaser; die meisten gehen verloren; aus den übrigen wird ein geheimer Schlüssel, und eine Spionin hinterlässt Spuren.',
    jumpToParameters: 'Zu den Parametern der Strecke',
    language: 'Sprache',
    colours: 'Farben',
    colourProfiles: { auto: 'System', light: 'Hell', dark: 'Dunkel', projector: 'Beamer' },
  },
});
