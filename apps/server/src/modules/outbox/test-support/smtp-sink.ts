// A real SMTP server in its own process, for the outbox tests: it prints one JSON line per
// event on stdout ({"listening":port}, {"message":{…}}) and takes commands on stdin
// ("reject" makes it refuse every message with 550, "accept" ends that).
import { createInterface } from 'node:readline';
import { SMTPServer } from 'smtp-server';

let rejecting = false;
const print = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onRcptTo(_address, _session, callback) {
    if (rejecting) {
      const error = Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 });
      callback(error);
      return;
    }
    callback();
  },
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      print({
        message: {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        },
      });
      callback();
    });
  },
});

createInterface({ input: process.stdin }).on('line', (line) => {
  if (line === 'reject') rejecting = true;
  if (line === 'accept') rejecting = false;
  print({ mode: rejecting ? 'reject' : 'accept' });
});
process.stdin.on('end', () => server.close(() => process.exit(0)));

server.listen(0, '127.0.0.1', () => {
  const address = server.server.address();
  print({ listening: typeof address === 'object' && address ? address.port : null });
});
