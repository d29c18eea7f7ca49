// Explicit export list of the repositories layer, re-exported by the package's headless entry.
export {};
