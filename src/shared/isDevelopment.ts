/**
 * True unless the bundler replaced `process.env.NODE_ENV` with "production". Safe where
 * `process` does not exist (a plain browser), which counts as development.
 */
export function isDevelopment(): boolean {
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    return true;
  }
}
