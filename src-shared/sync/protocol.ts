/**
 * Constants both sides of the sync protocol agree on (DESIGN.md §4). Bump PROTOCOL_VERSION when a
 * change would break an older client; raise MIN_PROTOCOL_VERSION only when the server stops
 * understanding it, so old installs get 'protocol-too-old' instead of silently wrong data.
 */

/**
 * The protocol this code speaks. 2: entities 'user' and 'approval' (a protocol-1 client's schema
 * refuses a pull page holding them, so the server leaves them out of its pulls).
 */
export const PROTOCOL_VERSION = 2;
/** The first protocol whose clients read entities 'user' and 'approval'. */
export const PROTOCOL_WITH_USERS = 2;
/** The oldest client protocol the server still accepts. */
export const MIN_PROTOCOL_VERSION = 1;
/** Request header carrying the client's protocol version (optional; absent = current). */
export const PROTOCOL_HEADER = 'x-jianhu-protocol';
/** Every route lives under this prefix. */
export const API_PREFIX = '/api/v1';

/** Most changes in one `POST /sync/push`: keeps one transaction short and one body small. */
export const MAX_PUSH_BATCH = 500;
/** Page size of `GET /sync/pull` when the client does not ask for one. */
export const DEFAULT_PULL_LIMIT = 500;
/** Largest page a client may ask for. */
export const MAX_PULL_LIMIT = 1000;

/** Response header of `HEAD`/`PUT /blobs/:sha256`: bytes the server holds so far. */
export const UPLOAD_OFFSET_HEADER = 'upload-offset';
/** Response header of `HEAD /blobs/:sha256`: the blob's declared total size. */
export const UPLOAD_LENGTH_HEADER = 'upload-length';
/** Response header of `HEAD /blobs/:sha256`: 'true' once every byte arrived and the hash matched. */
export const BLOB_COMPLETE_HEADER = 'x-blob-complete';
/**
 * Response header of every API answer: the request encodings the server decodes ('gzip'). A
 * client compresses request bodies only after it has seen it, so an older server never gets one.
 */
export const ACCEPT_REQUEST_ENCODING_HEADER = 'x-jianhu-accept-request-encoding';
