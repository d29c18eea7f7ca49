// Explicit export list of the api layer, re-exported by the package's headless entry.
export {};
