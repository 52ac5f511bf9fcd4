/**
 * When this build was made, for the dataset's documentation and data package: $SOURCE_DATE_EPOCH
 * (seconds, the reproducible-builds convention) when set, otherwise now.
 */
export const BUILD_DATE: Date = process.env['SOURCE_DATE_EPOCH'] ? new Date(Number(process.env['SOURCE_DATE_EPOCH']) * 1000) : new Date();
