// The PouchDB packages ship no typings; sync reaches them only through ./pouch-build.ts, typed by ./pouch-types.ts.
declare module 'pouchdb-core' {
  const PouchDB: { plugin(plugin: unknown): unknown };
  export default PouchDB;
}
declare module 'pouchdb-adapter-idb' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
