/** Reads a password without echoing it; from stdin when it is not a terminal (for scripts). */
import { createInterface } from 'node:readline';

export async function readPassword(prompt: string): Promise<string> {
  if (process.env.ZHIZAO_PASSWORD) return process.env.ZHIZAO_PASSWORD;
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  }
  process.stderr.write(prompt);
  const lines = createInterface({ input: process.stdin, terminal: true });
  const input = lines as unknown as { _writeToOutput?: (text: string) => void };
  input._writeToOutput = () => {};
  const answer = await new Promise<string>((resolve) => lines.question('', resolve));
  lines.close();
  process.stderr.write('\n');
  return answer;
}
