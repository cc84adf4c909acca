export interface IdempotencyKeysTable {
  account_id: number;
  /** The route's operationId: a key is scoped to one operation. */
  operation: string;
  /** The client's Idempotency-Key header. */
  key: string;
  /** SHA-256 of the request's path and body: a repeat with another body is refused. */
  request_hash: string;
  /** 0 while the first request is still running. */
  status_code: number;
  /** JSON of {body, headers} of the first answer. */
  response: string | null;
  created_at: number;
}

export interface IdempotencyTables {
  idempotency_keys: IdempotencyKeysTable;
}
