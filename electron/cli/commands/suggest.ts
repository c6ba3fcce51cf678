import { paperInputSchema, suggestAxis, type AxisSuggestion } from '../../../shared/axis'
import { UsageError, type CliCommand } from '../command'

type SuggestOutput = Pick<AxisSuggestion, 'nodes' | 'pathways' | 'studyType' | 'population'>

/** One output line for one input line: the suggestion, or an error naming the line. */
function answerLine(line: string, lineNumber: number): { ok: true; output: SuggestOutput } | { ok: false; error: string } {
  let json: unknown
  try {
    json = JSON.parse(line)
  } catch (error) {
    return { ok: false, error: `line ${lineNumber}: not JSON (${error instanceof Error ? error.message : String(error)})` }
  }
  const paper = paperInputSchema.safeParse(json)
  if (!paper.success) {
    const issue = paper.error.issues[0]
    const where = issue && issue.path.length > 0 ? ` at "${issue.path.join('.')}"` : ''
    return { ok: false, error: `line ${lineNumber}: not a paper${where}: ${issue?.message ?? 'invalid'} (expected {"title", "abstract"?, "keywords"?, "mesh"?, "publicationTypes"?})` }
  }
  const { nodes, pathways, studyType, population } = suggestAxis(paper.data)
  return { ok: true, output: { nodes, pathways, studyType, population } }
}

/**
 * Reads papers as JSON lines on stdin and writes one JSON line of suggestions per paper,
 * in input order. A bad line gets `{"error", "line"}` in its place (also on stderr) and
 * the rest still run; blank lines are skipped. Exits 2 on arguments, otherwise 0.
 */
export const suggestCommand: CliCommand = {
  name: 'suggest',
  summary: 'Suggest MGIG axis nodes, pathways and study type for papers read as JSON lines on stdin.',
  usage: '< papers.jsonl',
  async run(args, io) {
    if (args.length > 0) throw new UsageError(`suggest reads papers from stdin and takes no arguments (got ${args.join(' ')}).`)
    const lines = (await io.readStdin()).split(/\r?\n/)
    lines.forEach((line, index) => {
      if (line.trim() === '') return
      const answer = answerLine(line, index + 1)
      if (answer.ok) {
        io.stdout(`${JSON.stringify(answer.output)}\n`)
        return
      }
      io.stdout(`${JSON.stringify({ error: answer.error, line: index + 1 })}\n`)
      io.stderr(`axisref suggest: ${answer.error}\n`)
    })
    return 0
  },
}
