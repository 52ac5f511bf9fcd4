/**
 * When this build was made, for the dataset's documentation and data package: SOURCE_DATE_EPOCH
 * (seconds, the reproducible-builds convention, read in src/settings.ts) when set, otherwise now.
 */
import { settings } from '../settings.ts';

export const BUILD_DATE: Date = settings.buildDate ?? new Date();
