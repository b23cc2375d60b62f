/** The sync protocol shared by the server and the client engine. */
export * from './audit';
export * from './blobs';
export * from './change';
export * from './enroll';
export * from './errors';
export * from './health';
export * from './leads';
export * from './merge';
export * from './protocol';
export * from './pull';
export * from './push';
export * from './reference';
export * from './serverUrl';
export * from './stats';
export * from './storableJson';
