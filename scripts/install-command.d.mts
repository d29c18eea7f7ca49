/** `[command, ...args]` for a clean install of the lockfile from `root`, for the Node running now. */
export function installCommand(root: string, nodeVersion?: string): string[];
