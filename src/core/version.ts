/**
 * carbon-gate's version, for reports. A constant rather than a read of package.json because the
 * core does no I/O and the bundles must not depend on a file beside them; a test keeps it equal
 * to package.json's `version`.
 */
export const TOOL_VERSION = '0.1.0';
