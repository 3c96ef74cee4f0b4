// Karpenter log diagnosis: launches, disruptions, problems with documented fixes.
// analyzeEvidence reads log files as streams (constant memory) and folds in object status; the CLI and the action's
// post step use it, and renderKarpenterMarkdown writes the job summary section.
import { statSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { Diagnosis } from './diagnose.js'
import { readFileChunks, splitLines } from './lines.js'
import { foldObjectFile } from './objects.js'
import { LogParser } from './parse.js'
import {
  analyzeFileInWorker,
  PIPELINE_MIN_BYTES,
  pipelineModeFromEnv,
  workerScript,
  type PipelineMode
} from './pipeline.js'
import type { KarpenterReport } from './types.js'

export type { KarpenterReport, Launch, Problem, Disruption, ProblemCategory } from './types.js'
export { PROBLEM_CATEGORIES } from './types.js'
export { renderKarpenterMarkdown, renderKarpenterText } from './render.js'

export interface EvidenceInput {
  /** Log files (plain, or as `kubectl logs` / stern / CRI prefixed). */
  logFiles: string[]
  /** YAML files of Karpenter objects (NodeClaims, NodePools, EC2NodeClasses …) whose status to fold in. */
  objectFiles?: string[]
  /** Version found by collection (chart/image), used when logs do not tell. */
  karpenterVersion?: string | null
}

/** A log to read: a name for messages and a byte stream (a file, stdin, a child process's stdout). */
export interface LogSource {
  name: string
  stream: AsyncIterable<Buffer | string>
  /** The file behind the stream, when it is one (large regular files are parsed in a worker thread). */
  file?: string
}

export interface AnalyzeOptions {
  /**
   * `auto` (default: EKSCTL_PREFLIGHT_ANALYZE_WORKER, else auto): parse regular files of 32 MiB or more in a worker
   * thread while the main thread decodes and diagnoses (on machines with 2+ cores); `on`: every file; `off`:
   * everything in one thread. The report is the same either way.
   */
  worker?: PipelineMode
}

/** A log file as a source (read lazily: nothing is opened until the analysis reaches it). */
export function fileSource(file: string): LogSource {
  return { name: file, stream: readFileChunks(file), file }
}

export async function analyzeEvidence(input: EvidenceInput): Promise<KarpenterReport> {
  return analyzeSources(input.logFiles.map(fileSource), input.objectFiles ?? [], input.karpenterVersion ?? null)
}

/** Same as analyzeEvidence for streams; a stream that fails to read rejects with the source name in the message. */
export async function analyzeSources(
  sources: LogSource[],
  objectFiles: string[] = [],
  karpenterVersion: string | null = null,
  options: AnalyzeOptions = {}
): Promise<KarpenterReport> {
  const mode = options.worker ?? pipelineModeFromEnv()
  const script = mode === 'off' ? null : workerScript()
  if (mode === 'on' && !script) {
    throw new Error(
      'the log parser worker (karpenter-analyze-worker.js) is not beside the bundle; cannot use worker mode'
    )
  }
  const diagnosis = new Diagnosis()
  const lines = { total: 0, parsed: 0, unparsed: 0 }
  let oversized = 0
  for (const source of sources) {
    let counts: LogParser['counts']
    let firstCommit: string | null
    if (script && source.file !== undefined && usePipeline(source.file, mode)) {
      try {
        ;({ counts, firstCommit } = await analyzeFileInWorker(script, source.file, diagnosis))
      } catch (error) {
        throw new Error(`${source.name}: ${(error as Error).message}`, { cause: error })
      }
    } else {
      const parser = new LogParser(diagnosis)
      try {
        await splitLines(source.stream, parser)
      } catch (error) {
        throw new Error(`${source.name}: ${(error as Error).message}`, { cause: error })
      }
      parser.end()
      counts = parser.counts
      firstCommit = parser.firstCommit
    }
    diagnosis.noteFirstCommit(firstCommit)
    if (counts.karpenter > 0) diagnosis.karpenterLogFound = true
    lines.total += counts.total
    lines.parsed += counts.parsed
    lines.unparsed += counts.unparsed
    oversized += counts.oversized
  }
  // Without log input there is nothing to miss: only a log that holds no Karpenter line is reported as such.
  if (sources.length === 0) diagnosis.karpenterLogFound = true
  for (const file of objectFiles) {
    // A binary file given as objects (e.g. bin.yaml) counts as unparsed input, like binary log lines.
    const unparsed = await foldObjectFile(file, diagnosis)
    lines.total += unparsed
    lines.unparsed += unparsed
  }
  if (oversized > 0) {
    diagnosis.warnings.push(`${oversized} line(s) longer than 256 KiB were skipped (counted as unparsed)`)
  }
  return diagnosis.report(lines, karpenterVersion)
}

function usePipeline(file: string, mode: PipelineMode): boolean {
  try {
    const st = statSync(file)
    if (!st.isFile()) return false
    if (mode === 'on') return true
    // A second thread needs a second core. (Measured on a 2-core machine busy with other work, the worker still
    // finished first in most runs, so the load average is not consulted.)
    return st.size >= PIPELINE_MIN_BYTES && availableParallelism() >= 2
  } catch {
    return false // the one-thread path reports the error
  }
}
