import { createServer, type Server } from "node:net";
import { appendFileSync } from "node:fs";

/** One message the e2e SMTP receiver accepted, as appended (one JSON object a line) to its mail file. */
export interface ReceivedMail {
  from: string;
  to: string[];
  data: string;
}

/**
 * Starts a minimal SMTP server on 127.0.0.1 speaking the real protocol (EHLO/HELO, MAIL, RCPT,
 * DATA, RSET, NOOP, QUIT) and appends every message it accepts to mailFile. Resolves with its port.
 */
export async function startSMTP(mailFile: string): Promise<{ port: number; server: Server }> {
  const server = createServer((sock) => {
    let buf = "";
    let inData = false;
    let cur: ReceivedMail = { from: "", to: [], data: "" };
    const reply = (line: string) => sock.write(line + "\r\n");
    const addr = (line: string) => line.slice(line.indexOf("<") + 1, line.indexOf(">"));
    reply("220 localhost ESMTP e2e");
    sock.on("data", (chunk) => {
      buf += chunk.toString("latin1");
      for (;;) {
        if (inData) {
          const end = buf.indexOf("\r\n.\r\n");
          const body = buf.startsWith(".\r\n") ? "" : end >= 0 ? buf.slice(0, end + 2) : null;
          if (body === null) return;
          buf = buf.slice(buf.startsWith(".\r\n") ? 3 : end + 5);
          // Undo dot-stuffing and keep the bytes as UTF-8 text.
          cur.data = Buffer.from(body.replace(/^\.\./gm, "."), "latin1").toString("utf8");
          appendFileSync(mailFile, JSON.stringify(cur) + "\n");
          inData = false;
          reply("250 OK queued");
          continue;
        }
        const nl = buf.indexOf("\r\n");
        if (nl < 0) return;
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 2);
        const verb = line.split(" ")[0].toUpperCase();
        if (verb === "EHLO") sock.write("250-localhost\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n250 SIZE 10485760\r\n");
        else if (verb === "HELO" || verb === "NOOP") reply("250 OK");
        else if (verb === "RSET") { cur = { from: "", to: [], data: "" }; reply("250 OK"); }
        else if (verb === "MAIL") { cur = { from: addr(line), to: [], data: "" }; reply("250 OK"); }
        else if (verb === "RCPT") { cur.to.push(addr(line)); reply("250 OK"); }
        else if (verb === "DATA") { inData = true; reply("354 end with <CRLF>.<CRLF>"); }
        else if (verb === "QUIT") { reply("221 bye"); sock.end(); return; }
        else reply("502 not implemented");
      }
    });
    sock.on("error", () => sock.destroy());
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const a = server.address();
  if (!a || typeof a !== "object") throw new Error("e2e smtp: no address");
  return { port: a.port, server };
}
