// Explicit export list of the core layer, re-exported by the package's headless entry.
export {};
