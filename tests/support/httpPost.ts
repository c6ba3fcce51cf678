import { request, type ClientRequest, type IncomingHttpHeaders } from 'node:http'

export interface HttpAnswer {
  status: number
  headers: IncomingHttpHeaders
  body: string
}

/**
 * A POST whose body the test writes by hand, piece by piece or not at all: the headers go
 * out at once, so a test can see what the server answers before (or without) the body.
 */
export function openPost(url: string, headers: Record<string, string | number>): { request: ClientRequest; answer: Promise<HttpAnswer> } {
  const post = request(url, { method: 'POST', headers, agent: false })
  const answer = new Promise<HttpAnswer>((resolve, reject) => {
    post.on('response', (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }))
      response.on('error', reject)
    })
    // a server that answers and closes before the body is sent may reset the socket after its answer; only an error before it counts
    post.on('error', reject)
  })
  post.flushHeaders()
  return { request: post, answer }
}
