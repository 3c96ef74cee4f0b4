// The tool's identity in reports.
import pkg from '../../package.json' with { type: 'json' }

export const TOOL_NAME = 'eksctl-preflight'
export const TOOL_VERSION: string = pkg.version
export const TOOL_URI = 'https://github.com/eksctl-preflight/eksctl-preflight'
