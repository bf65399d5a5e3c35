// Sample archive worker for InvestAid's shipped procedure "Lưu trữ quyết định đã phê duyệt" (decision-archive).
//
// It is an ordinary Camunda 7 external-task worker: Camunda's own client (camunda-external-task-client-js), unchanged, long-polls
// InvestAid's Camunda-compatible REST API (/engine-rest/external-task) for the topic "decision-archive", signed in as a service
// account (role "worker"). Each task carries the decision (decisionNumber, decisionDate, projectName, dossierId). The worker files
// it in its archive — here a folder of JSON records standing in for the province's electronic archive — and completes the task with
// the archive number (archiveNo, archivedAt). A decision without a number is refused with the BPMN error ARCHIVE_REFUSED, which the
// model catches and reports to the officers. A task delivered again (its completion was lost) gets the number it was given before.
//
//   INVESTAID_URL=http://localhost:5080 INVESTAID_WORKER_EMAIL=worker.archive@investaid.local \
//   INVESTAID_WORKER_PASSWORD=... ARCHIVE_DIR=.data/archive node tools/archive-worker/worker.mjs
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Client, Variables, logger } from 'camunda-external-task-client-js';

export const TOPIC = 'decision-archive';

/** Signs in and keeps a fresh bearer token (access tokens live 15 minutes; the worker signs in again every 10). */
async function signIn(baseUrl, email, password) {
  const response = await fetch(`${baseUrl}/api/account/login`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }),
  });
  if (!response.ok) {
    throw new Error(`Đăng nhập tài khoản dịch vụ ${email} không được (HTTP ${response.status}): ${await response.text()}`);
  }
  return (await response.json()).accessToken;
}

/** The archive: one JSON record per dossier, numbered LT-<year of the decision>/<order of filing>. */
async function file(archiveDir, decision) {
  await mkdir(archiveDir, { recursive: true });
  const record = join(archiveDir, `${decision.dossierId}.json`);
  try {
    return JSON.parse(await readFile(record, 'utf8'));
  } catch {
    // Not filed yet.
  }
  const year = (decision.decisionDate ?? new Date().toISOString()).slice(0, 4);
  const order = (await readdir(archiveDir)).filter((f) => f.endsWith('.json')).length + 1;
  const entry = { archiveNo: `LT-${year}/${String(order).padStart(5, '0')}`, archivedAt: new Date().toISOString(), ...decision };
  await writeFile(record, JSON.stringify(entry, null, 2), 'utf8');
  return entry;
}

/**
 * Starts the worker; returns { client, stop }. Options: baseUrl, email, password, archiveDir, workerId, pollMs (long polling),
 * onFiled(entry) and onRefused(decision) callbacks.
 */
export async function startArchiveWorker({
  baseUrl, email, password, archiveDir, workerId = 'kho-luu-tru-dien-tu', pollMs = 20_000, onFiled, onRefused, quiet = false,
}) {
  let token = await signIn(baseUrl, email, password);
  const renew = setInterval(() => {
    signIn(baseUrl, email, password).then((t) => { token = t; }, (e) => console.error(e.message));
  }, 10 * 60_000);
  const bearer = (config) => ({ ...config, headers: { ...config.headers, Authorization: `Bearer ${token}` } });
  const client = new Client({
    baseUrl: `${baseUrl}/engine-rest`, workerId, asyncResponseTimeout: pollMs, maxTasks: 5, interceptors: [bearer],
    use: quiet ? undefined : logger,
  });

  client.subscribe(TOPIC, { lockDuration: 60_000, variables: ['decisionNumber', 'decisionDate', 'projectName', 'dossierId', 'decidedBy'] },
    async ({ task, taskService }) => {
      const decision = {
        dossierId: task.variables.get('dossierId') ?? task.businessKey,
        decisionNumber: task.variables.get('decisionNumber'),
        decisionDate: task.variables.get('decisionDate'),
        projectName: task.variables.get('projectName'),
        decidedBy: task.variables.get('decidedBy'),
      };
      if (!decision.decisionNumber) {
        await taskService.handleBpmnError(task, 'ARCHIVE_REFUSED', 'Quyết định không có số, kho lưu trữ không nhận',
          new Variables().set('archiveRefusal', 'Quyết định không có số'));
        onRefused?.(decision);
        return;
      }
      try {
        const entry = await file(archiveDir, decision);
        await taskService.complete(task, new Variables().setAll({ archiveNo: entry.archiveNo, archivedAt: entry.archivedAt }));
        onFiled?.(entry);
      } catch (e) {
        // Camunda's retry contract: fewer retries each time, a minute apart; none left is an incident in InvestAid's cockpit.
        const retries = task.retries == null ? 3 : task.retries - 1;
        await taskService.handleFailure(task, { errorMessage: `Kho lưu trữ lỗi: ${e.message}`, errorDetails: String(e.stack), retries, retryTimeout: 60_000 });
      }
    });

  return { client, stop: () => { clearInterval(renew); client.stop(); } };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const baseUrl = process.env.INVESTAID_URL ?? 'http://localhost:5080';
  const email = process.env.INVESTAID_WORKER_EMAIL ?? 'worker.archive@investaid.local';
  const password = process.env.INVESTAID_WORKER_PASSWORD;
  if (!password) {
    console.error('INVESTAID_WORKER_PASSWORD is not set (the service account\'s password).');
    process.exit(2);
  }
  const archiveDir = process.env.ARCHIVE_DIR ?? '.data/archive';
  const worker = await startArchiveWorker({
    baseUrl, email, password, archiveDir,
    onFiled: (e) => console.log(`Đã lưu trữ quyết định ${e.decisionNumber} (${e.projectName}) — số lưu trữ ${e.archiveNo}`),
    onRefused: (d) => console.log(`Từ chối lưu trữ hồ sơ ${d.projectName ?? d.dossierId}: quyết định không có số`),
  });
  console.log(`Kho lưu trữ: chờ việc "${TOPIC}" từ ${baseUrl}, ghi vào ${archiveDir}`);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => { worker.stop(); process.exit(0); });
  }
}
