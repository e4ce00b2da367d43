import type { Locale } from '../../src/i18n/locales';
import { de } from './de';
import { fr } from './fr';
import { pl } from './pl';
import type { FunctionHelp } from './shape';
import { zhCN } from './zh-CN';

/** The Excel functions' help in every language but English, whose help is the catalog's own (functions.json). */
export const FUNCTION_HELP: Readonly<Record<Exclude<Locale, 'en'>, FunctionHelp>> = { de, fr, pl, 'zh-CN': zhCN };

/** The metadata file Excel loads for a language: functions.json for English, functions-de.json … for the others. */
export const metadataFile = (locale: Locale): string => (locale === 'en' ? 'functions.json' : `functions-${locale}.json`);
