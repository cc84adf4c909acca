/** Longest last_error kept: enough for a provider's message, bounded so a huge one cannot bloat the row. */
export const MAX_ERROR_LENGTH = 1000;

/** A failure's message as the jobs table keeps it: cut at MAX_ERROR_LENGTH. */
export function boundError(message: string): string {
  return message.length > MAX_ERROR_LENGTH ? message.slice(0, MAX_ERROR_LENGTH) : message;
}
