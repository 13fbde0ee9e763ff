// multer ships no types and @types/multer is not a dependency: the one function used here.
declare module 'multer' {
  /** Keeps uploaded files in memory (`file.buffer`), within the limits given to multer. */
  export function memoryStorage(): unknown;
}
