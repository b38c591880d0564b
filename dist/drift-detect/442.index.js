export const id = 442;
export const ids = [442];
export const modules = {

/***/ 7442:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ARGOCD_PREFIX: () => (/* reexport */ units/* ARGOCD_PREFIX */.AV),
  appUnit: () => (/* binding */ appUnit),
  checkArgoCd: () => (/* binding */ checkArgoCd),
  classifyApp: () => (/* binding */ classifyApp)
});

// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(6752);
;// CONCATENATED MODULE: ./src/core/time/backoff.ts
/**
 * Exponential backoff with "full jitter": the delay for attempt n (0-based) is uniform in
 * [0, min(max, initial * factor^n)], which spreads retries of many clients apart (AWS architecture blog).
 * A floor of half the cap keeps a retry from firing immediately after a failure.
 */
function backoffDelay(attempt, opts) {
    const factor = opts.factor ?? 2;
    const random = opts.random ?? Math.random;
    const cap = Math.min(opts.maxMs, opts.initialMs * factor ** Math.max(0, attempt));
    return Math.round(cap / 2 + random() * (cap / 2));
}

;// CONCATENATED MODULE: ./src/core/time/clock.ts
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)))
};
/** A clock whose time moves only when something sleeps on it; for tests. */
class ManualClock {
    current;
    constructor(current = 0) {
        this.current = current;
    }
    now() {
        return this.current;
    }
    sleep(ms) {
        this.current += Math.max(0, ms);
        return Promise.resolve();
    }
    advance(ms) {
        this.current += ms;
    }
}
/** A point in time after which work should stop; `remaining()` never goes below zero. */
class Deadline {
    clock;
    at;
    constructor(clock, timeoutMs) {
        this.clock = clock;
        this.at = clock.now() + timeoutMs;
    }
    remaining() {
        return Math.max(0, this.at - this.clock.now());
    }
    expired() {
        return this.remaining() === 0;
    }
}
/**
 * The system clock shifted so that it reads `startAt` now and runs on in real time: tests use it to put a run at a
 * chosen moment (inside or outside a deployment window) while the sleeps stay real.
 */
function shiftedClock(startAt, base = systemClock) {
    const offset = startAt - base.now();
    return { now: () => base.now() + offset, sleep: (ms) => base.sleep(ms) };
}

// EXTERNAL MODULE: ./src/core/errors/user-error.ts
var user_error = __webpack_require__(3359);
;// CONCATENATED MODULE: ./src/core/argocd/errors.ts

/**
 * A refused Argo CD API request. Unary errors carry grpc-gateway's envelope `{error, code, message}` (grpc-gateway
 * v1.16.0 runtime/errors.go DefaultHTTPError); a few answers are plain text (415 "Invalid content type", unknown
 * routes). A user can act on every one of them, so it is a UserError: one line, no stack.
 */
class ArgoCdError extends user_error/* UserError */.y {
    method;
    path;
    status;
    grpcCode;
    serverMessage;
    name = 'ArgoCdError';
    constructor(method, path, status, 
    /** gRPC code from the envelope, when there is one (5 NotFound, 7 PermissionDenied, 9 FailedPrecondition...). */
    grpcCode, 
    /** The server's own message (the envelope's `message`, or the text body). */
    serverMessage) {
        super(`Argo CD API ${method} ${path} answered ${status}${hintFor(status, serverMessage)}: ${(0,user_error/* oneLine */.T)(serverMessage || '(empty body)', 300)}`);
        this.method = method;
        this.path = path;
        this.status = status;
        this.grpcCode = grpcCode;
        this.serverMessage = serverMessage;
    }
}
/** A request that got no answer: a refused connection, a TLS failure, or our own per-request timeout. */
class ArgoCdUnreachable extends user_error/* UserError */.y {
    method;
    path;
    reason;
    name = 'ArgoCdUnreachable';
    constructor(method, path, reason) {
        super(`Argo CD API ${method} ${path} got no answer: ${(0,user_error/* oneLine */.T)(reason, 300)}`);
        this.method = method;
        this.path = path;
        this.reason = reason;
    }
}
function hintFor(status, message) {
    if (status === 401)
        return ' (the credentials were rejected: check auth-token, which must be an Argo CD JWT such as an account or project-role token, or username and password)';
    if (status === 403 && /^permission denied$/.test(message))
        return ' (the application does not exist or the token may not read it; give `project` to tell the two apart)';
    if (status === 415)
        return ' (the server wants exactly Content-Type: application/json)';
    return '';
}
/** Parses an error body: the JSON envelope when there is one, the text otherwise. */
function parseErrorBody(text) {
    try {
        const body = JSON.parse(text);
        if (body && typeof body === 'object') {
            const message = typeof body.message === 'string' ? body.message : typeof body.error === 'string' ? body.error : text;
            return { grpcCode: typeof body.code === 'number' ? body.code : undefined, message };
        }
    }
    catch {
        // plain text (415, 404 of an unknown route, proxies' HTML pages)
    }
    return { message: text.trim().slice(0, 500) };
}
const errors_isArgoCdError = (e, status) => e instanceof ArgoCdError && (status === undefined || e.status === status);
/** `another operation is already in progress` (util/argo/argo.go ErrAnotherOperationInProgress, gRPC 9 -> 400). */
const isOperationInProgress = (e) => errors_isArgoCdError(e, 400) && /another operation is already in progress/i.test(e.serverMessage);
/** `cannot sync: blocked by sync window` (server/application/application.go Sync, gRPC 7 -> 403). */
const isBlockedByWindow = (e) => errors_isArgoCdError(e, 403) && /blocked by sync window/i.test(e.serverMessage);
/** A missing app: 403 "permission denied" without `project` (masking), 404 NotFound with it (argo-cd v2.9+). */
const errors_isMissingApp = (e) => errors_isArgoCdError(e) && (e.status === 404 || (e.status === 403 && /^permission denied$/i.test(e.serverMessage)));

;// CONCATENATED MODULE: ./src/core/argocd/client.ts





const RETRY_ALWAYS = new Set([429, 502, 503, 504]);
/**
 * A small client for Argo CD's REST API (grpc-gateway, research/argocd.md 1.1-1.9): bearer token or a session from
 * username and password, path prefix, TLS options, per-request timeouts, retries with backoff, the error envelope,
 * and exactly `Content-Type: application/json` on every non-GET (server/server.go enforceContentTypes answers 415
 * to anything else, `; charset=utf-8` included).
 */
class ArgoCdClient {
    options;
    base;
    dispatcher;
    token;
    clock;
    /** Requests sent (retries and stream connections included); for logs and benchmarks. */
    requests = 0;
    constructor(options) {
        this.options = options;
        const url = new URL(options.server);
        this.base = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
        this.clock = options.clock ?? systemClock;
        if ('token' in options.auth)
            this.token = options.auth.token;
        this.dispatcher = new undici.Agent({
            connect: {
                rejectUnauthorized: !options.insecure,
                ...(options.caCert ? { ca: [...external_node_tls_.rootCertificates, options.caCert] } : {})
            }
        });
    }
    /** Creates a session when the client was given a username and password; a no-op with a token. */
    async login() {
        if (this.token !== undefined || !('username' in this.options.auth))
            return;
        const { username, password } = this.options.auth;
        const body = await this.call('POST', '/api/v1/session', { body: { username, password } });
        if (!body.token)
            throw new ArgoCdError('POST', '/api/v1/session', 200, undefined, 'the answer had no token');
        this.options.mask?.(body.token);
        this.token = body.token;
    }
    /** `GET /api/version` (no authentication needed): `v3.1.0+abc`. */
    async version() {
        const body = await this.call('GET', '/api/version');
        return body.Version ?? 'unknown';
    }
    /** `GET /api/v1/applications/{name}`; `refresh` asks the controller to reconcile first and blocks until it has. */
    getApp(app, refresh, timeoutMs) {
        return this.call('GET', `/api/v1/applications/${enc(app.name)}`, {
            query: { appNamespace: app.namespace, project: app.project, refresh },
            timeoutMs,
            // A refresh that timed out waits for a controller that is not reconciling; asking again would wait again.
            retryTimeouts: refresh === undefined
        });
    }
    async listApps(query) {
        const list = await this.call('GET', '/api/v1/applications', {
            query: { selector: query.selector, projects: query.projects, appNamespace: query.namespace }
        });
        return list.items ?? [];
    }
    sync(app, body) {
        return this.call('POST', `/api/v1/applications/${enc(app.name)}/sync`, {
            body: { ...body, name: app.name, appNamespace: app.namespace, project: app.project }
        });
    }
    /** `DELETE .../operation`: asks the controller to terminate the running operation; it ends later, as Failed. */
    async terminate(app) {
        await this.call('DELETE', `/api/v1/applications/${enc(app.name)}/operation`, {
            query: { appNamespace: app.namespace, project: app.project }
        });
    }
    rollback(app, body) {
        return this.call('POST', `/api/v1/applications/${enc(app.name)}/rollback`, {
            body: { ...body, name: app.name, appNamespace: app.namespace, project: app.project }
        });
    }
    /** The project's sync windows that apply to the app and whether a manual sync may start now (`canSync`). */
    syncWindows(app) {
        return this.call('GET', `/api/v1/applications/${enc(app.name)}/syncwindows`, {
            query: { appNamespace: app.namespace, project: app.project }
        });
    }
    /**
     * Opens `GET /api/v1/stream/applications` and returns the body's byte chunks. Only the headers are timed: a
     * healthy NDJSON stream can be silent for minutes, so the reader decides when silence means it dropped.
     */
    async openWatch(query, format, signal) {
        await this.login();
        const path = '/api/v1/stream/applications';
        this.requests++;
        const url = this.url(path, {
            name: query.name,
            appNamespace: query.namespace,
            projects: query.projects,
            selector: query.selector,
            resourceVersion: query.resourceVersion
        });
        let res;
        try {
            res = await (0,undici.request)(url, {
                method: 'GET',
                headers: this.headers('GET', format === 'sse' ? 'text/event-stream' : 'application/json'),
                dispatcher: this.dispatcher,
                signal,
                headersTimeout: this.options.requestTimeoutMs,
                bodyTimeout: 0
            });
        }
        catch (e) {
            throw new ArgoCdUnreachable('GET', path, e.message);
        }
        if (res.statusCode >= 400) {
            const { grpcCode, message } = parseErrorBody(await res.body.text());
            throw new ArgoCdError('GET', path, res.statusCode, grpcCode, message);
        }
        return res.body;
    }
    async close() {
        await this.dispatcher.close();
    }
    url(path, query = {}) {
        const params = new URLSearchParams();
        for (const [k, v] of Object.entries(query)) {
            for (const item of Array.isArray(v) ? v : v === undefined || v === '' ? [] : [v])
                params.append(k, item);
        }
        const qs = params.toString();
        return `${this.base}${path}${qs ? `?${qs}` : ''}`;
    }
    headers(method, accept = 'application/json') {
        const h = { accept, 'user-agent': 'gitops-actions' };
        if (method !== 'GET')
            h['content-type'] = 'application/json';
        if (this.token)
            h.authorization = `Bearer ${this.token}`;
        return h;
    }
    /** One JSON call with retries: 429/502/503/504 always, 500 and dropped connections only for reads. */
    async call(method, path, opts = {}) {
        if (path !== '/api/v1/session' && path !== '/api/version')
            await this.login();
        const retries = this.options.retries ?? 4;
        const url = this.url(path, opts.query);
        for (let attempt = 0;; attempt++) {
            this.requests++;
            const timeoutMs = opts.timeoutMs ?? this.options.requestTimeoutMs;
            let status;
            let text;
            let retryAfterMs;
            try {
                const res = await (0,undici.request)(url, {
                    method,
                    headers: this.headers(method),
                    body: method === 'GET' ? undefined : JSON.stringify(opts.body ?? {}),
                    dispatcher: this.dispatcher,
                    signal: AbortSignal.timeout(timeoutMs)
                });
                status = res.statusCode;
                text = await res.body.text();
                retryAfterMs = parseRetryAfter(res.headers['retry-after']);
            }
            catch (e) {
                const reason = isTimeout(e) ? `no answer within ${timeoutMs} ms` : e.message;
                if (method === 'GET' && attempt < retries && (opts.retryTimeouts !== false || !isTimeout(e))) {
                    await this.pause(attempt, undefined, `${method} ${path}: ${reason}`);
                    continue;
                }
                throw new ArgoCdUnreachable(method, path, reason);
            }
            if (status < 400)
                return (text ? JSON.parse(text) : {});
            const retryable = RETRY_ALWAYS.has(status) || (status === 500 && method === 'GET');
            if (retryable && attempt < retries) {
                await this.pause(attempt, retryAfterMs, `${method} ${path} answered ${status}`);
                continue;
            }
            const { grpcCode, message } = parseErrorBody(text);
            throw new ArgoCdError(method, path, status, grpcCode, message);
        }
    }
    async pause(attempt, retryAfterMs, what) {
        const base = this.options.retryBaseMs ?? 1000;
        const delay = retryAfterMs ?? backoffDelay(attempt, { initialMs: base, maxMs: base * 16 });
        this.options.log?.(`${what}; retrying in ${delay} ms`);
        await this.clock.sleep(delay);
    }
}
const enc = encodeURIComponent;
function isTimeout(e) {
    const name = e.name;
    return name === 'TimeoutError' || name === 'AbortError';
}
function parseRetryAfter(value) {
    const text = Array.isArray(value) ? value[0] : value;
    if (!text)
        return undefined;
    const seconds = Number(text);
    return Number.isFinite(seconds) ? Math.min(seconds, 60) * 1000 : undefined;
}

;// CONCATENATED MODULE: ./src/core/argocd/status.ts
/** Argo CD writes metav1.Time: RFC3339, UTC, second precision. */
function parseTime(text) {
    if (!text)
        return undefined;
    const ms = Date.parse(text);
    return Number.isNaN(ms) ? undefined : ms;
}
const revisionsOf = (one, many) => many && many.length > 0 ? many : one ? [one] : [];
function toResult(r) {
    return {
        group: r.group ?? '',
        kind: r.kind ?? '',
        namespace: r.namespace ?? '',
        name: r.name ?? '',
        status: r.status ?? '',
        hookPhase: r.hookPhase ?? '',
        message: r.message ?? ''
    };
}
function toOperation(op) {
    return {
        phase: op.phase ?? '',
        message: op.message ?? '',
        startedAt: parseTime(op.startedAt),
        finishedAt: parseTime(op.finishedAt),
        retryCount: op.retryCount ?? 0,
        info: op.operation?.info ?? [],
        initiatedBy: op.operation?.initiatedBy?.username ?? '',
        automated: op.operation?.initiatedBy?.automated === true,
        dryRun: op.operation?.sync?.dryRun === true,
        revisions: revisionsOf(op.syncResult?.revision ?? op.operation?.sync?.revision, op.syncResult?.revisions ?? op.operation?.sync?.revisions),
        resources: (op.syncResult?.resources ?? []).map(toResult)
    };
}
function status_toAppStatus(app) {
    const status = app.status ?? {};
    const automated = app.spec?.syncPolicy?.automated;
    return {
        name: app.metadata?.name ?? '',
        namespace: app.metadata?.namespace ?? '',
        project: app.spec?.project ?? '',
        resourceVersion: app.metadata?.resourceVersion ?? '',
        deleting: Boolean(app.metadata?.deletionTimestamp),
        // `automated: {}` enables auto-sync; `enabled: false` (v3) turns it off while keeping the settings.
        autoSync: automated !== undefined && automated !== null && automated.enabled !== false,
        multiSource: (app.spec?.sources?.length ?? 0) > 0,
        sources: (app.spec?.sources?.length ? app.spec.sources : app.spec?.source ? [app.spec.source] : []).map((s) => ({
            repoURL: s.repoURL ?? '',
            chart: s.chart ?? '',
            targetRevision: s.targetRevision ?? ''
        })),
        sync: status.sync?.status ?? '',
        syncedRevisions: revisionsOf(status.sync?.revision, status.sync?.revisions),
        health: status.health?.status ?? '',
        healthMessage: status.health?.message ?? '',
        requested: app.operation
            ? {
                info: app.operation.info ?? [],
                initiatedBy: app.operation.initiatedBy?.username ?? '',
                automated: app.operation.initiatedBy?.automated === true
            }
            : undefined,
        operation: status.operationState ? toOperation(status.operationState) : undefined,
        reconciledAt: parseTime(status.reconciledAt),
        errors: (status.conditions ?? [])
            .filter((c) => (c.type ?? '').endsWith('Error'))
            .map((c) => ({ type: c.type ?? '', message: c.message ?? '' })),
        resources: (status.resources ?? []).map((r) => ({
            group: r.group ?? '',
            kind: r.kind ?? '',
            namespace: r.namespace ?? '',
            name: r.name ?? '',
            sync: r.status ?? '',
            health: r.health?.status ?? '',
            message: r.health?.message ?? '',
            requiresPruning: r.requiresPruning === true
        })),
        history: (status.history ?? []).map((h) => ({
            id: h.id ?? 0,
            revisions: revisionsOf(h.revision, h.revisions),
            deployedAt: parseTime(h.deployedAt)
        }))
    };
}
/** `apps/Deployment ns/web` (core group shown as nothing: `Service ns/web`). */
function status_resourceLabel(r) {
    const kind = r.group ? `${r.group}/${r.kind}` : r.kind;
    return `${kind} ${r.namespace ? `${r.namespace}/` : ''}${r.name}`;
}
/** `namespace/name`, or `name` when the namespace is unknown. */
function appLabel(app) {
    return app.namespace ? `${app.namespace}/${app.name}` : app.name;
}

;// CONCATENATED MODULE: ./src/core/argocd/waiter.ts

const COMPLETED = new Set(['Succeeded', 'Failed', 'Error']);
/** Worst-first ordering of app health (docs/operator-manual/health.md, "worst child" rule). */
const HEALTH_RANK = (/* unused pure expression or super */ null && (['Healthy', 'Suspended', 'Progressing', 'Missing', 'Degraded', 'Unknown']));
const isCompleted = (op) => op !== undefined && COMPLETED.has(op.phase);
/** Whether an operation carries our tag. */
function isOurs(op, tag) {
    if (!op)
        return false;
    if (tag.info && tag.info.length > 0) {
        return tag.info.every((want) => op.info.some((have) => have.name === want.name && have.value === want.value));
    }
    // metav1.Time has second precision: an operation started in the same second as our request may show an earlier time.
    const notBefore = tag.notBefore === undefined ? -Infinity : Math.floor(tag.notBefore / 1000) * 1000;
    return !op.automated && op.info.length === 0 && (op.startedAt ?? -Infinity) >= notBefore;
}
const HEX = /^[0-9a-f]{7,64}$/i;
const waiter_short = (revs) => revs.length === 0 ? '(none)' : revs.map((r) => (HEX.test(r) ? r.slice(0, 7) : r)).join(', ');
/** A commit SHA matches its abbreviation; anything else (tags, chart versions) must be equal. */
function revisionMatches(expected, actual) {
    if (expected === actual)
        return true;
    return HEX.test(expected) && HEX.test(actual) && actual.toLowerCase().startsWith(expected.toLowerCase());
}
/**
 * The expected revision of each source, `*` for a source not checked, or why the input cannot fit the app.
 * status.sync.revisions and syncResult.revisions hold one revision per source in spec.sources order (controller/state.go
 * v3.5.1 L858-861 and L1043-1046: one manifest revision per source): a commit SHA for a git source, the chart version
 * for a Helm chart (`chart` set). One expected revision is "the revision that is live", so it must be the revision of
 * every source it can be: a commit SHA of every git source (which must then come from one repository: a commit names
 * one repository's state), anything else (a chart version) of every Helm chart source. "Among them" would pass an app
 * whose values source still lags while its manifests source is at that commit. Several expected revisions are one per
 * source, in order, `*` skipping one; another count never fits.
 */
function expectedPerSource(expected, sources) {
    const perSourceHint = 'name one revision per source, comma-separated in spec.sources order, `*` for a source not to check';
    if (expected.length > 1) {
        if (sources.length > 0 && expected.length !== sources.length) {
            return {
                problem: `expected-revision names ${expected.length} revisions (one per source), but the app has ${sources.length} source(s)`
            };
        }
        return expected;
    }
    if (expected.length === 0 || sources.length <= 1 || expected[0] === '*')
        return expected;
    const commit = HEX.test(expected[0]);
    const checked = sources.map((s) => (commit ? !s.chart : Boolean(s.chart)));
    const what = commit ? 'a commit' : 'not a commit';
    if (!checked.some(Boolean)) {
        const kind = commit ? 'every source is a Helm chart' : 'no source is a Helm chart (git sources are at commits)';
        return { problem: `expected-revision ${waiter_short(expected)} is ${what}, but ${kind}: ${perSourceHint}` };
    }
    const repos = new Set(sources.filter((_, i) => checked[i]).map((s) => repoKey(s.repoURL)));
    if (commit && repos.size > 1) {
        return {
            problem: `expected-revision ${waiter_short(expected)} is one commit, but the app's git sources come from ${repos.size} repositories: ${perSourceHint}`
        };
    }
    return checked.map((c) => (c ? expected[0] : '*'));
}
/** A repository URL without the forms that name the same repository: scheme, user, `.git`, case, trailing slash. */
function repoKey(url) {
    return url
        .trim()
        .toLowerCase()
        .replace(/^[a-z+]+:\/\//, '')
        .replace(/^[^@/]+@/, '')
        .replace(/:(?!\d+\/)/, '/')
        .replace(/\/+$/, '')
        .replace(/\.git$/, '');
}
/** Index by index (`*` matches anything); a single expected revision must be every actual one. */
function revisionsMatch(expected, actual) {
    if (expected.length === 0)
        return true;
    if (actual.length === 0)
        return false;
    if (expected.length === 1)
        return actual.every((a) => expected[0] === '*' || revisionMatches(expected[0], a));
    return expected.length === actual.length && expected.every((e, i) => e === '*' || revisionMatches(e, actual[i]));
}
/** One observation: the verdict for this app now, and the memory to pass to the next step. */
function waiter_step(app, criteria, memory, now) {
    const pending = (reason, mem = memory) => ({
        verdict: { state: 'pending', reason },
        memory: { ...mem, degradedSince: undefined, sameSecond: undefined }
    });
    const failed = (reason, faults = faultsOf(app, memory.ours)) => ({
        verdict: { state: 'failed', reason, faults },
        memory
    });
    if (app.deleting)
        return failed('the application is being deleted', []);
    const expected = expectedPerSource(criteria.expectedRevisions, app.sources);
    if (!Array.isArray(expected))
        return failed(expected.problem, []);
    // 1. The operation: ours when we requested one, otherwise whatever runs must end.
    let finishedAt;
    if (criteria.ours) {
        if (isOurs(app.operation, criteria.ours))
            memory = { ...memory, ours: app.operation };
        const ours = memory.ours;
        if (!ours) {
            if (app.requested && isRequestedOurs(app.requested, criteria.ours))
                return pending('sync requested, the controller has not started it yet');
            if (app.requested || (app.operation && !isCompleted(app.operation)))
                return pending(`another operation is running (${initiator(app.requested ?? app.operation)})`);
            return pending('our operation has not started yet');
        }
        if (!isCompleted(ours)) {
            if (ours.finishedAt !== undefined)
                return pending(`operation failed, retrying (attempt #${ours.retryCount + 1}): ${ours.message}`);
            return pending(`operation ${ours.phase || 'requested'}${ours.message ? `: ${ours.message}` : ''}`);
        }
        if (ours.phase !== 'Succeeded') {
            return failed(`operation ${ours.phase}: ${ours.message || '(no message)'}`, faultsOf(app, ours));
        }
        if (criteria.dryRun)
            return { verdict: { state: 'succeeded', reason: 'dry run Succeeded' }, memory };
        if (!revisionsMatch(expected, ours.revisions)) {
            return failed(`the operation synced revision ${waiter_short(ours.revisions)}, not the expected ${waiter_short(expected)}`, []);
        }
        if (criteria.waitFor.operation && app.requested)
            return pending(`another operation is running (${initiator(app.requested)})`);
        finishedAt = ours.finishedAt;
    }
    else if (criteria.waitFor.operation) {
        if (app.requested)
            return pending(`an operation is running (${initiator(app.requested)})`);
        if (app.operation && !isCompleted(app.operation))
            return pending(`an operation is ${app.operation.phase}`);
        if (app.operation && !app.operation.dryRun)
            finishedAt = app.operation.finishedAt;
    }
    // 2. Status written before the operation ended says nothing about it. A refresh is asked for only when the rest of
    // the status would decide (succeed or fail): otherwise the app waits for a new write anyway (health or sync still
    // moving), and the controller stamps that write with a later reconciledAt; the periodic read refreshes meanwhile.
    if (finishedAt !== undefined && judgesStatus(criteria.waitFor)) {
        const stale = reconciledBefore(app.reconciledAt, finishedAt, memory, now);
        if (stale) {
            const rest = judgeStatus(app, criteria, { ...memory, sameSecond: undefined }, now, expected);
            const decides = rest.verdict.state !== 'pending' || rest.memory.degradedSince !== undefined;
            if (decides || stale.verdict.state !== 'pending')
                return stale;
            return {
                ...stale,
                verdict: { state: 'pending', reason: `${rest.verdict.reason}; ${stale.verdict.reason}`, stale: true }
            };
        }
    }
    return judgeStatus(app, criteria, { ...memory, sameSecond: undefined }, now, expected);
}
/** Steps 3-5 of `step`, on a status known to be written after the operation ended (or with none to wait for). */
function judgeStatus(app, criteria, memory, now, expected) {
    const pending = (reason) => ({
        verdict: { state: 'pending', reason },
        memory: { ...memory, degradedSince: undefined }
    });
    const failed = (reason, faults = faultsOf(app, memory.ours)) => ({
        verdict: { state: 'failed', reason, faults },
        memory
    });
    // 3. The live revision: a Synced/Healthy app at the old revision is stale, not done.
    if (criteria.statusRevision !== false && !revisionsMatch(expected, app.syncedRevisions)) {
        return pending(`at revision ${waiter_short(app.syncedRevisions)}, expected ${waiter_short(expected)}`);
    }
    const errors = app.errors.map((e) => `${e.type}: ${e.message}`);
    // 4. Sync status.
    const judged = judgedState(app, criteria.resources);
    if (criteria.waitFor.sync && judged.sync !== 'Synced') {
        const skipped = (memory.ours?.resources ?? []).filter((r) => r.status === 'PruneSkipped').length;
        if (memory.ours && !criteria.prune && skipped > 0)
            return failed(`${skipped} resources require pruning`);
        return pending(`sync status ${judged.sync || 'unknown'}${errors.length ? ` (${errors.join('; ')})` : ''}`);
    }
    // 5. Health, with a grace period for Degraded.
    if (criteria.waitFor.health || criteria.waitFor.suspended) {
        const allowed = [criteria.waitFor.health && 'Healthy', criteria.waitFor.suspended && 'Suspended'];
        if (!allowed.includes(judged.health)) {
            if (judged.health !== 'Degraded')
                return pending(`health ${judged.health || 'unknown'}${app.healthMessage ? `: ${app.healthMessage}` : ''}`);
            const since = memory.degradedSince ?? now;
            if (now - since >= criteria.degradedGraceMs) {
                return failed(`Degraded for ${Math.round((now - since) / 1000)}s after the operation`);
            }
            return {
                verdict: { state: 'pending', reason: 'health Degraded (within degraded-grace)' },
                memory: { ...memory, degradedSince: since }
            };
        }
    }
    if (errors.length > 0)
        return pending(errors.join('; '));
    const live = criteria.statusRevision === false && memory.ours ? memory.ours.revisions : app.syncedRevisions;
    const what = [
        criteria.waitFor.sync && judged.sync,
        (criteria.waitFor.health || criteria.waitFor.suspended) && judged.health
    ];
    return {
        verdict: { state: 'succeeded', reason: [...what.filter(Boolean), `at ${waiter_short(live)}`].join(', ') },
        memory: { ...memory, degradedSince: undefined }
    };
}
const judgesStatus = (w) => w.sync || w.health || w.suspended;
/**
 * Whether the status can predate the end of the operation; a pending step when it can. The CLI waits for
 * `reconciledAt >= finishedAt` (cmd/argocd/commands/app.go v3.5.1 checkAppWaitConditions, `ReconciledAt.Before`), which
 * is not enough: both are metav1.Time, written with one-second precision, and reconciledAt is the time a comparison
 * *started* (controller/appcontroller.go v3.5.1 processAppRefreshQueueItem: `now := metav1.Now()` at L1868 before
 * CompareAppState, `ReconciledAt = &now` at L1973-1974), so a comparison of the live state from before our operation
 * that is persisted after setOperationState (L1668-1676 stamps finishedAt) can carry the same second. A re-sync to an
 * unchanged revision then looks reconciled, Synced and Healthy at once. Only a strictly later second proves that the
 * comparison began after the operation ended (both stamps come from the controller's clock). The comparison the
 * controller requests after an operation (L1643-1658) may land in the same second and, changing nothing, is not even
 * written (persistAppStatus "No status changes. Skipping patch", L2264-2266): so once a second has passed since we saw
 * the same-second status, a refresh makes the controller compare again with a later reconciledAt.
 */
function reconciledBefore(reconciledAt, finishedAt, memory, now) {
    const second = (ms) => Math.floor(ms / 1000);
    if (reconciledAt === undefined || second(reconciledAt) < second(finishedAt)) {
        return {
            verdict: {
                state: 'pending',
                reason: 'waiting for the controller to reconcile after the operation',
                refreshFrom: now
            },
            memory: { ...memory, degradedSince: undefined, sameSecond: undefined }
        };
    }
    if (second(reconciledAt) > second(finishedAt))
        return undefined;
    const seen = memory.sameSecond?.finishedAt === finishedAt ? memory.sameSecond : { finishedAt, since: now };
    return {
        verdict: {
            state: 'pending',
            reason: 'reconciled in the same second as the operation finished; waiting for a later reconcile',
            refreshFrom: seen.since + 1000
        },
        memory: { ...memory, degradedSince: undefined, sameSecond: seen }
    };
}
function isRequestedOurs(requested, tag) {
    if (tag.info && tag.info.length > 0)
        return tag.info.every((w) => requested.info.some((h) => h.name === w.name && h.value === w.value));
    return !requested.automated;
}
function initiator(op) {
    if (!op)
        return 'unknown';
    return op.automated ? 'auto-sync' : `initiated by ${op.initiatedBy || 'someone else'}`;
}
/** Sync and health of the app, or of the selected resources after a partial sync. */
function judgedState(app, selected) {
    if (selected.length === 0)
        return { sync: app.sync, health: app.health };
    let sync = 'Synced';
    let rank = 0;
    for (const want of selected) {
        const found = app.resources.find((r) => r.group === want.group &&
            r.kind === want.kind &&
            r.name === want.name &&
            (!want.namespace || r.namespace === want.namespace));
        if (!found || found.sync !== 'Synced')
            sync = 'OutOfSync';
        // Kinds without a health check (ConfigMap) carry no health: they count as Healthy, as in Argo CD's app health.
        rank = Math.max(rank, found ? HEALTH_RANK.indexOf(found.health || 'Healthy') : HEALTH_RANK.indexOf('Missing'));
    }
    return { sync, health: HEALTH_RANK[rank] ?? 'Unknown' };
}
/** Resources at fault: failed sync results and hooks of the operation, then resources not Synced or not Healthy. */
function faultsOf(app, op) {
    const faults = [];
    const seen = new Set();
    for (const r of op?.resources ?? []) {
        if (r.status === 'SyncFailed' ||
            r.status === 'PruneSkipped' ||
            r.hookPhase === 'Failed' ||
            r.hookPhase === 'Error') {
            const label = resourceLabel(r);
            seen.add(label);
            faults.push({ resource: label, sync: r.status || `hook ${r.hookPhase}`, health: '', message: r.message });
        }
    }
    for (const r of app.resources) {
        const label = resourceLabel(r);
        const unhealthy = r.health !== '' && r.health !== 'Healthy';
        if (seen.has(label) || (r.sync === 'Synced' && !unhealthy))
            continue;
        faults.push({ resource: label, sync: r.sync, health: r.health, message: r.message });
    }
    return faults;
}

;// CONCATENATED MODULE: ./src/core/argocd/wait.ts




/**
 * Waits for one app to meet `criteria`: reads it, listens to its events on the watch, reads it again every poll
 * interval as ground truth, and asks the pure waiter after every observation. Ends at
 * success, failure, or the shared deadline. 401 is thrown; a vanished app is a failure.
 */
async function waitForApp(client, ref, criteria, opts, initial) {
    let latest = toAppStatus(initial ?? (await client.getApp(ref)));
    let memory = {};
    let gone;
    const wake = new Wakeup();
    const observe = (app) => {
        const next = toAppStatus(app);
        if (newerVersion(next.resourceVersion, latest.resourceVersion)) {
            latest = next;
            wake.notify();
        }
    };
    const unsubscribe = opts.events?.subscribe({ name: latest.name || ref.name, namespace: latest.namespace }, {
        onEvent: (type, app) => {
            if (type === 'DELETED') {
                gone = 'the application was deleted during the wait';
                wake.notify();
            }
            else
                observe(app);
        }
    }) ?? (() => undefined);
    let lastReason = '';
    let lastRead = opts.now();
    let nextPoll = lastRead + opts.pollIntervalMs;
    try {
        for (;;) {
            const now = opts.now();
            const { verdict, memory: next } = step(latest, criteria, memory, now);
            memory = next;
            const operation = memory.ours ?? latest.operation;
            if (gone)
                return { outcome: 'failed', reason: gone, faults: [], status: latest, operation };
            if (verdict.state === 'succeeded')
                return { outcome: 'succeeded', reason: verdict.reason, faults: [], status: latest, operation };
            if (verdict.state === 'failed')
                return { outcome: 'failed', reason: verdict.reason, faults: verdict.faults, status: latest, operation };
            if (verdict.reason !== lastReason)
                opts.onPending?.(verdict.reason);
            lastReason = verdict.reason;
            const remaining = opts.deadline.remaining();
            if (remaining === 0)
                return { outcome: 'timeout', reason: verdict.reason, faults: [], status: latest, operation };
            const degradedDue = memory.degradedSince === undefined ? Infinity : memory.degradedSince + criteria.degradedGraceMs;
            // A status that may predate our operation's end: one early refreshing read once it can bring a later one.
            const refreshFrom = opts.refresh ? verdict.refreshFrom : undefined;
            const readAt = refreshFrom !== undefined && refreshFrom > lastRead ? Math.min(nextPoll, refreshFrom) : nextPoll;
            await wake.wait(Math.max(0, Math.min(readAt, degradedDue, now + remaining) - now));
            if (opts.now() >= readAt) {
                lastRead = opts.now();
                nextPoll = lastRead + opts.pollIntervalMs;
                // The periodic read refreshes too while the status may predate the operation's end (verdict.stale).
                const stale = (refreshFrom !== undefined && lastRead >= refreshFrom) ||
                    (opts.refresh !== undefined && verdict.state === 'pending' && verdict.stale === true);
                try {
                    observe(await client.getApp(ref, stale ? opts.refresh : undefined, stale ? opts.refreshTimeoutMs : undefined));
                }
                catch (e) {
                    if (isArgoCdError(e, 401))
                        throw e;
                    if (isMissingApp(e))
                        gone = 'the application is not found or not readable any more (deleted during the wait?)';
                    else
                        opts.log?.(`${ref.name}: reading the app failed (${e.message}); will read it again`);
                }
            }
        }
    }
    finally {
        unsubscribe();
    }
}
/** A wake-up call that is not lost when it comes before anyone waits. */
class Wakeup {
    waiter;
    pending = false;
    notify() {
        if (this.waiter)
            this.waiter();
        else
            this.pending = true;
    }
    wait(ms) {
        if (this.pending) {
            this.pending = false;
            return Promise.resolve();
        }
        return new Promise((resolve) => {
            const timer = setTimeout(() => {
                this.waiter = undefined;
                resolve();
            }, ms);
            this.waiter = () => {
                clearTimeout(timer);
                this.waiter = undefined;
                resolve();
            };
        });
    }
}

;// CONCATENATED MODULE: ./src/core/argocd/index.ts
/**
 * Argo CD for the actions: `ArgoCdClient` (REST API: auth, retries, errors), `toAppStatus` (the `AppStatus` model),
 * `step` (the pure waiter), `watchApplications` (the watch stream with reconnect) and `waitForApp` (all of them
 * together for one app). See the README of this folder for how they fit.
 */







// EXTERNAL MODULE: ./src/drift-detect/units.ts + 13 modules
var units = __webpack_require__(3420);
;// CONCATENATED MODULE: ./src/drift-detect/argocd.ts
/**
 * Argo CD applications as drift units (`argocd:<namespace>/<name>`): OutOfSync at the revision that is already
 * deployed is live drift (someone changed the cluster); OutOfSync toward a newer commit (an operation running, or a
 * target revision not yet deployed) is a pending deploy, reported as unapplied, not drift (research/drift.md §1.12,
 * §4: "pending deploy" vs "live drift"). An app Argo CD cannot compare is an error: never clean.
 */



const appUnit = (app) => `${units/* ARGOCD_PREFIX */.AV}${appLabel(app)}`;
const sameRevisions = (a, b) => a.length === b.length && a.every((r, i) => r === b[i]);
/** The revisions the app last deployed: the last successful sync, else the newest history entry. */
function deployedRevisions(app) {
    if (app.operation?.phase === 'Succeeded' && app.operation.revisions.length > 0)
        return app.operation.revisions;
    return app.history.at(-1)?.revisions;
}
/** Classifies one application; pure, from the AppStatus model. */
function classifyApp(app) {
    const unit = appUnit(app);
    const base = { unit, drifted: [], unapplied: [], ignored: [], excerpt: '' };
    const outOfSync = app.resources.filter((r) => r.sync === 'OutOfSync' || r.requiresPruning);
    const listing = outOfSync.map((r) => `${r.requiresPruning ? '-' : '!'} ${status_resourceLabel(r)}`).join('\n');
    if (app.errors.length > 0) {
        return { ...base, classification: 'error', error: app.errors.map((e) => `${e.type}: ${e.message}`).join('; ') };
    }
    if (app.sync === 'Synced')
        return { ...base, classification: 'clean' };
    if (app.sync !== 'OutOfSync') {
        return {
            ...base,
            classification: 'error',
            error: `sync status is '${app.sync || 'empty'}', so drift cannot be told`
        };
    }
    const running = app.requested !== undefined || app.operation?.phase === 'Running' || app.operation?.phase === 'Terminating';
    const deployed = deployedRevisions(app);
    const newerTarget = deployed === undefined || !sameRevisions(deployed, app.syncedRevisions);
    if (running || newerTarget) {
        return {
            ...base,
            classification: 'unapplied',
            unapplied: outOfSync.map(status_resourceLabel),
            excerpt: listing
        };
    }
    return {
        ...base,
        classification: 'drift',
        drifted: outOfSync.map((r) => ({
            address: status_resourceLabel(r),
            action: r.requiresPruning ? 'requires pruning' : 'OutOfSync',
            attributes: ['*']
        })),
        excerpt: listing
    };
}
async function checkArgoCd(o, mask, log) {
    const server = /^https?:\/\//.test(o.server) ? o.server : `https://${o.server}`;
    const client = new ArgoCdClient({ server, auth: { token: o.token }, requestTimeoutMs: 30_000, mask, log });
    const apps = (await client.listApps({ selector: o.selector })).map(status_toAppStatus).filter((a) => !a.deleting);
    log(`Argo CD ${server}: ${apps.length} application(s)${o.selector ? ` matching '${o.selector}'` : ''}.`);
    return {
        results: apps.map(classifyApp).sort((a, b) => (a.unit < b.unit ? -1 : 1)),
        exists: async (unit) => {
            const label = unit.slice(units/* ARGOCD_PREFIX */.AV.length);
            const [namespace, name] = label.includes('/') ? label.split('/', 2) : [undefined, label];
            try {
                await client.getApp({ name, namespace });
                return true;
            }
            catch (e) {
                if (errors_isMissingApp(e))
                    return false;
                throw e;
            }
        },
        requests: () => client.requests
    };
}


/***/ })

};
