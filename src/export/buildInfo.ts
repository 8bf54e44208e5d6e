// Which model produced a result: the package version and a build id (a hash of the simulation cores)
// that vite.config.ts defines at build time. Unit tests run without those defines and read "dev".
declare const __QKD_VERSION__: string | undefined;
declare const __QKD_BUILD_ID__: string | undefined;

export interface ModelVersion {
  app: 'qkd-lab';
  version: string;
  buildId: string;
}

export function modelVersion(): ModelVersion {
  return {
    app: 'qkd-lab',
    version: typeof __QKD_VERSION__ === 'string' ? __QKD_VERSION__ : 'dev',
    buildId: typeof __QKD_BUILD_ID__ === 'string' ? __QKD_BUILD_ID__ : 'dev',
  };
}
