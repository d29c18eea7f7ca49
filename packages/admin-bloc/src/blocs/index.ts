// Explicit export list of the blocs layer, re-exported by the package's headless entry.
export {};
