export const id = 353;
export const ids = [353];
export const modules = {

/***/ 6353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildPlanResult: () => (/* reexport */ buildPlanResult),
  gateProtected: () => (/* reexport */ gateProtected),
  logUnits: () => (/* reexport */ logUnits),
  planUnits: () => (/* reexport */ planUnits),
  readPlans: () => (/* reexport */ readPlans),
  redactPlanResult: () => (/* reexport */ render_redact/* redactPlanResult */.Sx),
  reportFailures: () => (/* reexport */ reportFailures),
  reportProtected: () => (/* reexport */ reportProtected),
  selectPlanUnits: () => (/* reexport */ selectPlanUnits),
  setOutputs: () => (/* reexport */ setOutputs),
  verifyReviewedPlan: () => (/* reexport */ verifyReviewedPlan),
  writeComment: () => (/* reexport */ writeComment),
  writeFailureComment: () => (/* reexport */ writeFailureComment),
  writeReport: () => (/* reexport */ writeReport)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/errors/user-error.ts
var user_error = __webpack_require__(3359);
;// CONCATENATED MODULE: ./src/core/plan/ansi.ts
/**
 * Terminal clean-up for captured plan output: ANSI colour and cursor sequences, CRLF line ends and carriage-return
 * progress overwrites. Every pattern here is linear (no nested quantifiers).
 */
// CSI: ESC [ (or the 8-bit 0x9b) parameter bytes, intermediate bytes, one final byte. Covers SGR colours and
// cursor movement / erase (`\x1b[2K`, `\x1b[1A`, `\x1b[?25l`).
const CSI = '(?:\\u001b\\[|\\u009b)[0-?]*[ -/]*[@-~]';
// OSC: ESC ] … terminated by BEL or ESC \ (hyperlinks, window titles).
const OSC = '\\u001b\\][^\\u0007\\u001b]*(?:\\u0007|\\u001b\\\\)?';
// Two-byte escapes (ESC 7, ESC 8, ESC =, ESC M, charset selection ESC ( B).
const SHORT = '\\u001b(?:[()][0-9A-Za-z]|[@-Z\\\\^_=>78])';
const ANSI_PATTERN = new RegExp(`${OSC}|${CSI}|${SHORT}`, 'g');
/** Removes ANSI colour, cursor and OSC escape sequences. */
function stripAnsi(text) {
    return text.includes('\u001b') || text.includes('\u009b') ? text.replace(ANSI_PATTERN, '') : text;
}
/**
 * Strips ANSI codes, turns CRLF into LF and resolves carriage-return overwrites the way a terminal shows them (only
 * the text after the last lone `\r` of a line stays).
 */
function cleanTerminalText(text) {
    let out = stripAnsi(text);
    if (out.charCodeAt(0) === 0xfeff)
        out = out.slice(1);
    if (!out.includes('\r'))
        return out;
    return out
        .split('\n')
        .map((line) => {
        let end = line.length;
        while (end > 0 && line.charCodeAt(end - 1) === 13)
            end--;
        const last = line.lastIndexOf('\r', end - 1);
        return line.slice(last === -1 || last >= end ? 0 : last + 1, end);
    })
        .join('\n');
}

;// CONCATENATED MODULE: ./src/core/plan/lines.ts
/** Small line tests shared by the text-plan parser and the diff display. */
/** Indentation width: spaces and tabs at the start of the line. */
function leadingSpaces(line) {
    let i = 0;
    while (i < line.length && (line[i] === ' ' || line[i] === '\t'))
        i++;
    return i;
}
/** A horizontal rule Terraform/OpenTofu print between sections (`─────` or `-----`, at least 10 long). */
function isRule(trimmed) {
    if (trimmed.length < 10)
        return false;
    const ch = trimmed[0];
    if (ch !== '─' && ch !== '-')
        return false;
    for (let i = 1; i < trimmed.length; i++)
        if (trimmed[i] !== ch)
            return false;
    return true;
}

;// CONCATENATED MODULE: ./src/core/plan/counting.ts
/** Maps a JSON `actions` array to one model action (both replace orders, both forget-replace orders). */
function classifyActions(actions) {
    const key = actions.filter((a) => typeof a === 'string').join(',');
    switch (key) {
        case '':
        case 'no-op':
            return { action: 'no-op' };
        case 'create':
            return { action: 'create' };
        case 'read':
            return { action: 'read' };
        case 'update':
            return { action: 'update' };
        case 'delete':
            return { action: 'delete' };
        case 'forget':
            return { action: 'forget' };
        case 'delete,create':
            return { action: 'replace', replaceOrder: 'delete-before-create' };
        case 'create,delete':
            return { action: 'replace', replaceOrder: 'create-before-delete' };
        case 'create,forget':
            return { action: 'replace', replaceOrder: 'create-before-delete', forgetsOld: true };
        case 'forget,create':
            return { action: 'replace', replaceOrder: 'delete-before-create', forgetsOld: true };
        default:
            // A future action: show it as a change rather than hide it.
            return { action: 'update' };
    }
}
/** Adds one resource's contribution to the counts, following the rules of the `Plan:` line. */
function countResource(counts, r) {
    switch (r.action) {
        case 'create':
            counts.add++;
            break;
        case 'update':
            counts.change++;
            break;
        case 'delete':
            counts.destroy++;
            break;
        case 'replace':
            counts.add++;
            counts.replace++;
            if (r.forgetsOld)
                counts.forget++;
            else
                counts.destroy++;
            break;
        case 'forget':
            counts.forget++;
            break;
        case 'read':
        case 'no-op':
            break;
    }
    if (r.importId !== undefined)
        counts.import++;
    if (r.previousAddress !== undefined)
        counts.move++;
}

;// CONCATENATED MODULE: ./src/core/plan/model.ts
/**
 * The plan model: parsers build it, renderers and outputs read it. Counts follow Terraform's `Plan:` line
 * (a replacement counts once in `add` and once in `destroy`), with replacements, imports, moves and forgets
 * counted separately beside them.
 */
const zeroCounts = () => ({
    add: 0,
    change: 0,
    destroy: 0,
    replace: 0,
    import: 0,
    move: 0,
    forget: 0
});
function addCounts(a, b) {
    return {
        add: a.add + b.add,
        change: a.change + b.change,
        destroy: a.destroy + b.destroy,
        replace: a.replace + b.replace,
        import: a.import + b.import,
        move: a.move + b.move,
        forget: a.forget + b.forget
    };
}

;// CONCATENATED MODULE: ./src/core/plan/text-plan.ts
/**
 * Tolerant parser for the human plan text of Terraform (0.11 to 1.x) and OpenTofu. It reads one line at a time with
 * a small state machine and never relies on blank lines (Terragrunt's pretty log drops them). Counts come from the
 * `Plan:` line when there is one; replacements, moves, imports and forgets come from the resource headers.
 */




/** `Plan:` summary line, Terraform and OpenTofu, with import, forget and action-invocation counts. */
const PLAN_LINE = /^Plan: (?:(\d+) to import, )?(\d+) to add, (\d+) to change, (\d+) to destroy(?:, (\d+) to forget)?\.(?: Actions: (\d+) to invoke\.)?$/;
/** Reads a `Plan:` line (surrounding whitespace allowed); undefined when the line is not one. */
function parsePlanLine(line) {
    const trimmed = line.trim();
    if (!trimmed.startsWith('Plan: '))
        return undefined;
    const m = PLAN_LINE.exec(trimmed);
    if (!m)
        return undefined;
    const num = (s) => (s === undefined ? undefined : Number(s));
    return {
        import: num(m[1]),
        add: Number(m[2]),
        change: Number(m[3]),
        destroy: Number(m[4]),
        forget: num(m[5]),
        invoke: num(m[6])
    };
}
/** Splits `addr[ (deposed object KEY)] rest` at the first space outside index brackets and quoted keys. */
function splitHeader(text) {
    let depth = 0;
    let inString = false;
    let i = 0;
    for (; i < text.length; i++) {
        const ch = text[i];
        if (inString) {
            if (ch === '\\')
                i++;
            else if (ch === '"')
                inString = false;
        }
        else if (ch === '"' && depth > 0)
            inString = true;
        else if (ch === '[')
            depth++;
        else if (ch === ']')
            depth = Math.max(0, depth - 1);
        else if (ch === ' ' && depth === 0)
            break;
    }
    if (i === 0 || i >= text.length)
        return undefined;
    const address = text.slice(0, i);
    let rest = text.slice(i + 1);
    let deposed;
    if (rest.startsWith('(deposed object ')) {
        const close = rest.indexOf(')');
        if (close > 0) {
            deposed = rest.slice('(deposed object '.length, close);
            rest = rest.slice(close + 1).trimStart();
        }
    }
    return deposed === undefined ? { address, rest } : { address, deposed, rest };
}
function headerResource(address, deposed, fields) {
    const resource = { address, ...fields };
    if (deposed !== undefined)
        resource.deposed = deposed;
    return { kind: 'resource', resource };
}
function headerReplace(address, deposed, rest, reason) {
    const forgetsOld = rest.includes('will not be destroyed');
    return headerResource(address, deposed, {
        action: 'replace',
        ...(reason ? { reason } : {}),
        ...(forgetsOld ? { forgetsOld: true } : {})
    });
}
/** Classifies one resource header comment (the text after `# `). */
function parseHeaderText(text) {
    const split = splitHeader(text);
    if (!split)
        return { kind: 'unknown' };
    const { address, deposed, rest } = split;
    // Plain functions rather than closures: this runs once per resource header.
    if (rest.startsWith('will be created'))
        return headerResource(address, deposed, { action: 'create' });
    if (rest.startsWith('will be read during apply'))
        return headerResource(address, deposed, { action: 'read' });
    if (rest.startsWith('will be updated in-place'))
        return headerResource(address, deposed, { action: 'update' });
    if (rest.startsWith('will be destroyed'))
        return headerResource(address, deposed, { action: 'delete' });
    if (rest.startsWith('must be replaced'))
        return headerReplace(address, deposed, rest);
    if (rest.startsWith('is tainted, so must be replaced') || rest.startsWith('is tainted, so it must be replaced')) {
        return headerReplace(address, deposed, rest, 'replace_because_tainted');
    }
    if (rest.startsWith('will be replaced, as requested')) {
        return headerReplace(address, deposed, rest, 'replace_by_request');
    }
    if (rest.startsWith('will be replaced due to changes in replace_triggered_by')) {
        return headerReplace(address, deposed, rest, 'replace_by_triggers');
    }
    if (rest.startsWith('will no longer be managed by '))
        return headerResource(address, deposed, { action: 'forget' });
    if (rest.startsWith('will be removed from ') && rest.includes('will not be destroyed')) {
        return headerResource(address, deposed, { action: 'forget' });
    }
    if (rest.startsWith('will be imported'))
        return headerResource(address, deposed, { action: 'no-op', importId: '' });
    if (rest.startsWith('has moved to ')) {
        const target = rest.slice('has moved to '.length).trim();
        if (!target)
            return { kind: 'unknown' };
        // `old has moved to new`: in refresh-only drift sections this is a drift entry, handled by the caller.
        const resource = { address: target, action: 'no-op', previousAddress: address };
        return { kind: 'resource', resource };
    }
    if (rest.startsWith('has changed') || rest.startsWith('has been deleted'))
        return { kind: 'drift', address };
    return { kind: 'unknown' };
}
/** Maps the text of a `# (…)` note under a header to Terraform's action_reason, or keeps the text. */
function reasonFromNote(note) {
    if (note.startsWith('because ')) {
        if (/^because index \[.*\] is out of range for count$/.test(note))
            return 'delete_because_count_index';
        if (/^because key \[.*\] is not in for_each map$/.test(note))
            return 'delete_because_each_key';
        if (note.includes(' was moved to ') && note.endsWith(', which is not in configuration')) {
            return 'delete_because_no_move_target';
        }
        if (note.endsWith(' is not in configuration')) {
            const what = note.slice('because '.length, note.length - ' is not in configuration'.length);
            return isModuleAddress(what) ? 'delete_because_no_module' : 'delete_because_no_resource_config';
        }
        if (note === 'because resource uses count or for_each' ||
            note === 'because resource does not use count' ||
            note === 'because resource does not use for_each') {
            return 'delete_because_wrong_repetition';
        }
        if (note === 'because enabled is false')
            return 'delete_because_enabled_false';
        if (note.includes('lifecycle.destroy = false')) {
            return note.includes('was configured before')
                ? 'forgot_because_lifecycle_destroy_in_state'
                : 'forgot_because_lifecycle_destroy_in_config';
        }
        return note;
    }
    if (note === 'config refers to values not yet known')
        return 'read_because_config_unknown';
    if (note === 'depends on a resource or a module with changes pending')
        return 'read_because_dependency_pending';
    if (note === 'config will be reloaded to verify a check block')
        return 'read_because_check_nested';
    return undefined;
}
/** `module.a`, `module.a["k"].module.b[0]`: only module steps, no resource type/name. */
function isModuleAddress(address) {
    let i = 0;
    while (address.startsWith('module.', i)) {
        i += 'module.'.length;
        while (i < address.length && address[i] !== '.' && address[i] !== '[')
            i++;
        if (address[i] === '[') {
            let inString = false;
            for (i++; i < address.length; i++) {
                const ch = address[i];
                if (inString) {
                    if (ch === '\\')
                        i++;
                    else if (ch === '"')
                        inString = false;
                }
                else if (ch === '"')
                    inString = true;
                else if (ch === ']')
                    break;
            }
            if (i >= address.length)
                return false;
            i++;
        }
        if (i === address.length)
            return true;
        if (address[i] !== '.')
            return false;
        i++;
    }
    return false;
}
function unquoteName(name) {
    if (!name.startsWith('"'))
        return name;
    try {
        const value = JSON.parse(name);
        return typeof value === 'string' ? value : name;
    }
    catch {
        return name;
    }
}
const LEGACY_RESOURCE_LINE = /^(-\/\+|\+\/-|<=|[-+~]) +(\S+)(?: +\((new resource required|tainted|deposed)\))?$/;
const OUTPUT_LINE = /^ {2}([-+~]) ("(?:[^"\\]|\\.)*"|[^\s="]+) *=/;
const DIAGNOSTIC_START = /^(Error|Warning): (.*)$/;
/** A line that starts a plan section (used to end a pre-0.15 diagnostic). */
function isSectionStart(trimmed) {
    return (trimmed.startsWith('Plan: ') ||
        trimmed.startsWith('No changes.') ||
        trimmed.startsWith('Note: ') ||
        trimmed.startsWith('Changes to Outputs:') ||
        trimmed.startsWith('An execution plan has been generated') ||
        trimmed.startsWith('Refreshing Terraform state') ||
        / (?:used the selected providers|will perform the following actions:)/.test(trimmed) ||
        isRule(trimmed));
}
/** Parses human plan text (ANSI codes allowed) into the plan model. */
function parseTextPlan(text) {
    const src = cleanTerminalText(text);
    const resources = [];
    const outputChanges = [];
    const outputSeen = new Set();
    const drift = [];
    const driftSeen = new Set();
    const diagnostics = [];
    const importIds = new Map();
    let section = 'none';
    let planLine;
    let errored = false;
    let refreshOnly = false;
    /** The resource whose header notes (`# (moved from …)`) and block symbol are being read. */
    let current;
    let inBox = false;
    let boxDiag;
    let boxDetail = [];
    let legacyDiag;
    let legacyDetail = [];
    let legacyBlankRun = 0;
    const finishDiagnostic = (diag, detail) => {
        if (!diag)
            return;
        let start = 0;
        let end = detail.length;
        while (start < end && detail[start].trim() === '')
            start++;
        while (end > start && detail[end - 1].trim() === '')
            end--;
        const body = detail
            .slice(start, end)
            .map((l) => l.trimEnd())
            .join('\n');
        if (body)
            diag.detail = body;
        diagnostics.push(diag);
        if (diag.severity === 'error')
            errored = true;
    };
    const addDrift = (address) => {
        if (!driftSeen.has(address)) {
            driftSeen.add(address);
            drift.push(address);
        }
    };
    for (let cursor = 0; cursor <= src.length;) {
        const start = cursor;
        const nl = src.indexOf('\n', start);
        const lineEnd = nl < 0 ? src.length : nl;
        cursor = lineEnd + 1;
        if (!inBox && !legacyDiag) {
            // Most lines are blank or attributes indented deeper than any header, `Plan:` or section line: outside a box
            // and a legacy diagnostic (and, for attributes, a header's first line) they change nothing unless they open a
            // box (`╷`, not ASCII). Skip them without building strings.
            let i = start;
            while (i < lineEnd && (src.charCodeAt(i) === 0x20 || src.charCodeAt(i) === 0x09))
                i++;
            if (i === lineEnd)
                continue;
            const first = src.charCodeAt(i);
            if (!current && i - start > 4 && first > 0x20 && first < 0x7f)
                continue;
        }
        const line = src.slice(start, lineEnd).trimEnd();
        const trimmed = line.trim();
        const indent = leadingSpaces(line);
        // Boxed diagnostics (TF >= 0.15, OpenTofu): ╷ │ Error: … │ … ╵
        if (trimmed.startsWith('╷')) {
            if (inBox)
                finishDiagnostic(boxDiag, boxDetail);
            inBox = true;
            boxDiag = undefined;
            boxDetail = [];
            continue;
        }
        if (inBox) {
            if (trimmed.startsWith('╵')) {
                finishDiagnostic(boxDiag, boxDetail);
                inBox = false;
                boxDiag = undefined;
                continue;
            }
            if (trimmed.startsWith('│')) {
                const content = trimmed.slice(1).startsWith(' ') ? trimmed.slice(2) : trimmed.slice(1);
                const m = boxDiag ? undefined : DIAGNOSTIC_START.exec(content);
                if (m)
                    boxDiag = { severity: m[1] === 'Error' ? 'error' : 'warning', summary: m[2].trim() };
                else if (boxDiag)
                    boxDetail.push(content);
                continue;
            }
            finishDiagnostic(boxDiag, boxDetail);
            inBox = false;
            boxDiag = undefined;
        }
        // Pre-0.15 diagnostics: `Error: …` / `Warning: …` at column 0, detail until a section starts.
        if (legacyDiag) {
            const ends = (indent === 0 && trimmed !== '' && (DIAGNOSTIC_START.test(trimmed) || isSectionStart(trimmed))) ||
                (indent <= 3 && trimmed.startsWith('# ')) ||
                (trimmed === '' && legacyBlankRun >= 1 && legacyDetail.length > 0);
            if (!ends) {
                legacyBlankRun = trimmed === '' ? legacyBlankRun + 1 : 0;
                legacyDetail.push(line);
                continue;
            }
            finishDiagnostic(legacyDiag, legacyDetail);
            legacyDiag = undefined;
            if (trimmed === '')
                continue;
        }
        if (indent === 0) {
            const m = DIAGNOSTIC_START.exec(trimmed);
            if (m) {
                legacyDiag = { severity: m[1] === 'Error' ? 'error' : 'warning', summary: m[2].trim() };
                legacyDetail = [];
                legacyBlankRun = 0;
                current = undefined;
                continue;
            }
        }
        if (trimmed === '')
            continue;
        const counts = indent <= 4 ? parsePlanLine(trimmed) : undefined;
        if (counts) {
            if (!planLine)
                planLine = counts;
            section = 'none';
            current = undefined;
            continue;
        }
        // Section markers (always at column 0).
        if (indent === 0) {
            if (trimmed.startsWith('Note: Objects have changed outside of ')) {
                section = 'drift';
                current = undefined;
                continue;
            }
            if (trimmed.startsWith('Unless you have made equivalent changes to your configuration')) {
                section = 'none';
                continue;
            }
            if (trimmed.startsWith('This is a refresh-only plan')) {
                refreshOnly = true;
                section = 'none';
                continue;
            }
            if (/ used the selected providers to generate the following/.test(trimmed) ||
                trimmed.startsWith('An execution plan has been generated') ||
                trimmed.startsWith('Resource actions are indicated with the following symbols')) {
                section = 'legend';
                current = undefined;
                continue;
            }
            if (trimmed.endsWith(' will perform the following actions:')) {
                section = 'changes';
                current = undefined;
                continue;
            }
            if (trimmed.endsWith(' planned the following actions, but then encountered a problem:')) {
                section = 'changes';
                errored = true;
                current = undefined;
                continue;
            }
            if (trimmed === 'Changes to Outputs:') {
                section = 'outputs';
                current = undefined;
                continue;
            }
            if (trimmed.startsWith('Note: This is a partial plan')) {
                section = 'deferred';
                current = undefined;
                continue;
            }
            if (/ will invoke the following action\(s\):$/.test(trimmed)) {
                section = 'invoke';
                current = undefined;
                continue;
            }
            if (trimmed.startsWith('Planning failed.')) {
                errored = true;
                section = 'none';
                continue;
            }
            if (trimmed.startsWith('You can apply this plan to save these new output values')) {
                section = 'none';
                continue;
            }
        }
        // Refresh noise that carries facts: the import id of `# addr will be imported`.
        if (indent === 0 && trimmed.endsWith(']')) {
            const at = trimmed.indexOf(': Preparing import... [id=');
            if (at > 0) {
                importIds.set(trimmed.slice(0, at), trimmed.slice(at + ': Preparing import... [id='.length, -1));
                continue;
            }
        }
        // Resource header comments and their notes (`  # addr will be created`, ` # addr will no longer be managed…`).
        if (indent <= 3 && trimmed.startsWith('#')) {
            const body = trimmed.slice(1).trimStart();
            if (body.startsWith('(')) {
                if (current)
                    applyNote(current, body);
                continue;
            }
            if (body.startsWith('Warning: this will destroy the imported resource'))
                continue;
            if (body.startsWith('imported using resource identity')) {
                if (current && current.importId === undefined)
                    current.importId = '';
                continue;
            }
            if (/^[{}[\]"]/.test(body))
                continue; // JSON lines of a resource identity
            const header = parseHeaderText(body);
            if (header.kind === 'drift') {
                addDrift(header.address);
                current = undefined;
                continue;
            }
            if (header.kind === 'unknown' || section === 'deferred' || section === 'invoke') {
                current = undefined;
                continue;
            }
            if (section === 'drift') {
                // Refresh-only drift lists moves as `old has moved to new`.
                addDrift(header.resource.address);
                current = undefined;
                continue;
            }
            const resource = header.resource;
            if (resource.importId === '' && importIds.has(resource.address)) {
                resource.importId = importIds.get(resource.address);
            }
            resources.push(resource);
            current = resource;
            continue;
        }
        // OpenTofu's forget note has no `#`: ` (because lifecycle.destroy = false is set in the configuration)`.
        if (current && indent <= 3 && trimmed.startsWith('(') && trimmed.endsWith(')')) {
            applyNote(current, trimmed);
            continue;
        }
        // The first line of a resource block: its symbol tells the replace order.
        if (current) {
            if (current.action === 'replace') {
                if (trimmed.startsWith('-/+ '))
                    current.replaceOrder = 'delete-before-create';
                else if (trimmed.startsWith('+/- '))
                    current.replaceOrder = 'create-before-delete';
                else if (trimmed.startsWith('+/. ')) {
                    current.replaceOrder = 'create-before-delete';
                    current.forgetsOld = true;
                }
                else if (trimmed.startsWith('./+ ')) {
                    current.replaceOrder = 'delete-before-create';
                    current.forgetsOld = true;
                }
            }
            current = undefined;
            continue;
        }
        if (section === 'changes' && indent <= 3) {
            const legacy = legacyResource(trimmed);
            if (legacy) {
                resources.push(legacy);
                continue;
            }
        }
        if (section === 'outputs' && indent === 2) {
            const m = OUTPUT_LINE.exec(line);
            if (m) {
                const name = unquoteName(m[2]);
                if (!outputSeen.has(name)) {
                    outputSeen.add(name);
                    outputChanges.push(name);
                }
            }
        }
    }
    if (inBox)
        finishDiagnostic(boxDiag, boxDetail);
    if (legacyDiag)
        finishDiagnostic(legacyDiag, legacyDetail);
    const headerCounts = zeroCounts();
    for (const r of resources)
        countResource(headerCounts, r);
    const counts = planLine
        ? {
            add: planLine.add,
            change: planLine.change,
            destroy: planLine.destroy,
            replace: headerCounts.replace,
            import: planLine.import ?? 0,
            move: headerCounts.move,
            forget: planLine.forget ?? headerCounts.forget
        }
        : headerCounts;
    const lineTotal = planLine
        ? planLine.add + planLine.change + planLine.destroy + (planLine.import ?? 0) + (planLine.forget ?? 0)
        : 0;
    const hasChanges = !errored &&
        (resources.length > 0 ||
            outputChanges.length > 0 ||
            lineTotal > 0 ||
            (planLine?.invoke ?? 0) > 0 ||
            (refreshOnly && drift.length > 0));
    return { counts, resources, outputChanges, drift, errored, diagnostics, hasChanges, source: 'text' };
}
/** Applies a `(…)` note under a header: move source, import id, or a reason. */
function applyNote(resource, text) {
    const note = text.startsWith('(') && text.endsWith(')') ? text.slice(1, -1).trim() : text;
    if (note.startsWith('moved from ')) {
        const from = note.slice('moved from '.length).trim();
        if (from && from !== resource.address)
            resource.previousAddress = from;
        return;
    }
    if (note.startsWith('imported from ')) {
        resource.importId = unquoteName(note.slice('imported from '.length).trim());
        return;
    }
    if (note === 'will be imported first') {
        resource.importId = resource.importId ?? '';
        return;
    }
    if (note === 'config will be generated' ||
        note.startsWith('left over from a partially-failed replacement') ||
        note.startsWith('destroy = false is set')) {
        return;
    }
    const reason = reasonFromNote(note);
    if (reason && !resource.reason)
        resource.reason = reason;
}
/** A Terraform 0.11 resource line: `  + aws_x.y`, `-/+ aws_x.y (new resource required)`, ` <= data.x.y`. */
function legacyResource(trimmed) {
    const m = LEGACY_RESOURCE_LINE.exec(trimmed);
    if (!m)
        return undefined;
    const address = m[2];
    if (!address.includes('.') || /["{}=]/.test(address))
        return undefined;
    const marker = m[1];
    const note = m[3];
    let resource;
    switch (marker) {
        case '+':
            resource = { address, action: 'create' };
            break;
        case '-':
            resource = { address, action: 'delete' };
            break;
        case '~':
            resource = { address, action: 'update' };
            break;
        case '<=':
            resource = { address, action: 'read' };
            break;
        case '+/-':
            resource = { address, action: 'replace', replaceOrder: 'create-before-delete' };
            break;
        default:
            resource = { address, action: 'replace', replaceOrder: 'delete-before-create' };
    }
    if (note === 'tainted' && resource.action === 'replace')
        resource.reason = 'replace_because_tainted';
    return resource;
}

;// CONCATENATED MODULE: ./src/core/plan/display.ts
/**
 * Plan text for people: the part of a plan a reviewer needs (drift note, legend, resource changes, `Plan:` line,
 * output changes, warnings and errors) without refresh, lock, init or apply noise, and a rewrite of it for GitHub's
 * ```diff colouring. Both work line by line in linear time, on positions in the text: plans run to millions of
 * lines, so neither builds a string per line where it can avoid it (`DiffLineTable` describes the rewritten lines).
 */



const LOCK_LINES = new Set([
    'Acquiring state lock. This may take a few moments...',
    'Releasing state lock. This may take a few moments...',
    'Refreshing Terraform state in-memory prior to plan...',
    'The refreshed state will be used to calculate this plan, but will not be',
    'persisted to local or remote state storage.'
]);
const INIT_LINES = [
    'Initializing the backend...',
    'Initializing provider plugins...',
    'Initializing modules...',
    'Initializing plugins and modules...',
    'Successfully configured the backend',
    'Terraform has been successfully initialized!',
    'OpenTofu has been successfully initialized!',
    'You may now begin working with ',
    'any changes that are required for your infrastructure. All ',
    'should now work.',
    'If you ever set or change modules or backend configuration for ',
    'rerun this command to reinitialize your working directory. If you forget, other',
    'commands will detect it and remind you to do so if necessary.',
    'Terraform has created a lock file ',
    'OpenTofu has created a lock file ',
    'Upgrading modules...'
];
/** Init's `- Installing hashicorp/aws v5.0.0...` style lines. */
const INIT_ITEM_LINES = [
    'Reusing previous version of ',
    'Finding ',
    'Installing ',
    'Installed ',
    'Using previously-installed ',
    'Downloading ',
    'Installing modules',
    'Using '
];
/** `addr: Refreshing state... [id=…]` and friends: progress lines of the refresh and plan walk. */
const PROGRESS_SUFFIXES = [
    ': Refreshing state...',
    ': Reading...',
    ': Read complete after ',
    ': Still reading... [',
    ': Preparing import... [',
    ': Importing from ID '
];
/** Progress lines of an apply: once they appear, the plan is over. */
const APPLY_SUFFIXES = [
    ': Creating...',
    ': Destroying...',
    ': Modifying...',
    ': Still creating... [',
    ': Still destroying... [',
    ': Still modifying... [',
    ': Creation complete after ',
    ': Destruction complete after ',
    ': Modifications complete after ',
    ': Provisioning with ',
    ' (local-exec): ',
    ' (remote-exec): '
];
/** Lines that end the plan: the footer and anything after it (apply prompt, apply output). */
const FOOTER_PREFIXES = [
    "Note: You didn't use the -out option",
    'Note: You didn\'t specify an "-out" parameter',
    'Saved the plan to:',
    'To perform exactly these actions, run the following command to apply:',
    'Do you want to perform these actions',
    'Apply complete!',
    'Destroy complete!'
];
const SPACE = 0x20;
/** Whether `c` starts one of the `LOCK_LINES` (`A`, `R`, `T` or `p`). */
const isLockFirst = (c) => c === 0x41 || c === 0x52 || c === 0x54 || c === 0x70;
/** Whether the UTF-16 code unit `c` is whitespace to `String.prototype.trim` and to `\s`. */
function isSpaceCode(c) {
    if (c <= SPACE)
        return c === SPACE || (c >= 0x09 && c <= 0x0d);
    if (c < 0xa0)
        return false;
    return (c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff);
}
/** Where `text.slice(start, end).trimEnd()` ends in `text`. */
function trimEndAt(text, start, end) {
    while (end > start && isSpaceCode(text.charCodeAt(end - 1)))
        end--;
    return end;
}
/** Lines that mark where the part worth showing starts. */
function isStartLine(line, trimmed, indent) {
    if (trimmed.startsWith('╷'))
        return true;
    if (indent === 0) {
        if (trimmed.startsWith('Note: Objects have changed outside of ') ||
            trimmed.startsWith('An execution plan has been generated') ||
            trimmed.startsWith('Resource actions are indicated with the following symbols') ||
            trimmed.startsWith('Changes to Outputs:') ||
            trimmed.startsWith('No changes.') ||
            trimmed.startsWith('No current changes.') ||
            trimmed.startsWith('Planning failed.') ||
            trimmed.startsWith('Note: This is a partial plan') ||
            trimmed.startsWith('Error: ') ||
            trimmed.startsWith('Warning: ') ||
            / used the selected providers to generate the following/.test(trimmed) ||
            trimmed.endsWith(' will perform the following actions:') ||
            trimmed.endsWith(' planned the following actions, but then encountered a problem:') ||
            / will invoke the following action\(s\):$/.test(trimmed)) {
            return true;
        }
    }
    if (parsePlanLine(line))
        return true;
    if (indent <= 3 && trimmed.startsWith('# '))
        return parseHeaderText(trimmed.slice(2)).kind !== 'unknown';
    return false;
}
function isNoise(trimmed, indent) {
    if (LOCK_LINES.has(trimmed))
        return true;
    if (indent !== 0)
        return false;
    if (trimmed.startsWith('#') || trimmed.startsWith('│'))
        return false;
    for (const suffix of PROGRESS_SUFFIXES)
        if (trimmed.includes(suffix))
            return true;
    for (const prefix of INIT_LINES)
        if (trimmed.startsWith(prefix))
            return true;
    if (trimmed.startsWith('- ')) {
        const rest = trimmed.slice(2);
        for (const prefix of INIT_ITEM_LINES)
            if (rest.startsWith(prefix))
                return true;
    }
    return false;
}
function isEnd(trimmed, indent) {
    if (indent !== 0)
        return false;
    for (const prefix of FOOTER_PREFIXES)
        if (trimmed.startsWith(prefix))
            return true;
    if (trimmed.startsWith('#') || trimmed.startsWith('│'))
        return false;
    for (const suffix of APPLY_SUFFIXES)
        if (trimmed.includes(suffix))
            return true;
    return false;
}
/**
 * The part of a plan's output worth showing a reviewer: from the drift note (or the legend, the first resource,
 * the outputs or the no-changes message) through the `Plan:` line and the output changes, with warning and error
 * boxes kept wherever they are. Refresh, progress, state-lock and init lines are removed, and so are the footer
 * ("Note: You didn't use the -out option…", "Saved the plan to…") and anything after it, such as apply output.
 * Takes one unit's plan text (already demuxed from Terragrunt's log); ANSI codes are removed.
 */
function extractPlanBody(text) {
    const src = cleanTerminalText(text);
    // Kept lines as [start, end) ranges of `src` without trailing whitespace; -1 marks an added blank line. Runs of
    // adjacent kept lines become one slice of `src` in the end, so no string is built per line.
    const starts = [];
    const ends = [];
    let started = false;
    let ended = false;
    let inBox = false;
    /** Keeps a line; a non-blank line right after the last kept one (which lost no trailing space) extends it. */
    const push = (start, end) => {
        const last = starts.length - 1;
        if (start < end && last >= 0 && start === ends[last] + 1 && starts[last] >= 0 && starts[last] < ends[last]) {
            ends[last] = end;
            return;
        }
        starts.push(start);
        ends.push(end);
    };
    /** Where the last kept line starts. */
    const lastLineStart = () => {
        const last = starts.length - 1;
        return starts[last] < 0 ? starts[last] : Math.max(starts[last], src.lastIndexOf('\n', ends[last] - 1) + 1);
    };
    const popLine = () => {
        const last = starts.length - 1;
        const start = lastLineStart();
        if (start > starts[last])
            ends[last] = start - 1;
        else {
            starts.pop();
            ends.pop();
        }
    };
    const lastIsBlank = () => starts.length > 0 && starts[starts.length - 1] === ends[ends.length - 1];
    const dropTrailingRule = () => {
        while (lastIsBlank())
            popLine();
        if (starts.length > 0) {
            const start = lastLineStart();
            if (start >= 0 && isRule(src.slice(start, ends[ends.length - 1]).trim()))
                popLine();
        }
        while (lastIsBlank())
            popLine();
    };
    for (let cursor = 0; cursor <= src.length;) {
        const pos = cursor;
        const nl = src.indexOf('\n', pos);
        const lineEnd = nl < 0 ? src.length : nl;
        cursor = lineEnd + 1;
        const end = trimEndAt(src, pos, lineEnd);
        let indent = 0;
        while (pos + indent < end && src.charCodeAt(pos + indent) === SPACE)
            indent++;
        if (started && !inBox && !ended) {
            // The common cases inside the plan: a blank line is kept, and so is an indented one unless it is a state-lock
            // line.
            if (end === pos) {
                push(pos, pos);
                continue;
            }
            const first = src.charCodeAt(pos + indent);
            if (indent > 0 && first > SPACE && first < 0x7f) {
                if (!isLockFirst(first) || !LOCK_LINES.has(src.slice(pos + indent, end)))
                    push(pos, end);
                continue;
            }
        }
        const line = src.slice(pos, end);
        const trimmed = line.trim();
        if (inBox) {
            push(pos, end);
            if (trimmed.startsWith('╵'))
                inBox = false;
            continue;
        }
        if (trimmed.startsWith('╷')) {
            if (ended && starts.length > 0)
                push(-1, -1);
            push(pos, end);
            inBox = true;
            started = true;
            continue;
        }
        if (ended)
            continue;
        if (!started) {
            if (!isStartLine(line, trimmed, indent))
                continue;
            started = true;
        }
        if (isNoise(trimmed, indent))
            continue;
        if (isEnd(trimmed, indent)) {
            dropTrailingRule();
            ended = true;
            continue;
        }
        push(pos, end);
    }
    if (!ended)
        dropTrailingRule();
    if (!started) {
        // Nothing that looks like a plan: keep what is left after removing the noise (an error message, say).
        for (let cursor = 0; cursor <= src.length;) {
            const pos = cursor;
            const nl = src.indexOf('\n', pos);
            const lineEnd = nl < 0 ? src.length : nl;
            cursor = lineEnd + 1;
            const end = trimEndAt(src, pos, lineEnd);
            const line = src.slice(pos, end);
            if (!isNoise(line.trim(), leadingSpaces(line)))
                push(pos, end);
        }
    }
    return joinRanges(src, starts, ends);
}
/**
 * Joins the ranges with `\n`, trimming blank lines at both ends and keeping at most two blank lines in a row.
 * Ranges that follow each other in `src` are taken as one slice.
 */
function joinRanges(src, starts, ends) {
    let last = starts.length - 1;
    while (last >= 0 && starts[last] === ends[last])
        last--;
    const pieces = [];
    let blanks = 0;
    let open = false;
    let pieceStart = 0;
    let pieceEnd = 0;
    for (let i = 0; i <= last; i++) {
        const start = starts[i];
        const end = ends[i];
        if (start === end) {
            blanks++;
            if (blanks > 2 || !open)
                continue;
        }
        else {
            blanks = 0;
        }
        // The line starts right after the piece's newline (so the piece's last line lost no trailing whitespace).
        if (open && pieceStart >= 0 && start === pieceEnd + 1) {
            pieceEnd = end;
            continue;
        }
        if (open)
            pieces.push(pieceStart < 0 ? '' : src.slice(pieceStart, pieceEnd));
        open = true;
        pieceStart = start;
        pieceEnd = end;
    }
    if (open)
        pieces.push(pieceStart < 0 ? '' : src.slice(pieceStart, pieceEnd));
    return pieces.join('\n');
}
/** Change symbols at column 0 of a diff line; `DiffLineTable.symbol` indexes this list (0: none, 1: a space). */
const SYMBOLS = ['', ' ', '+', '-', '!', '-/+', '+/-', '+/.', './+', '<=', '.'];
const SYM_SPACE = 1;
const SYM_PLUS = 2;
const SYM_MINUS = 3;
const SYM_BANG = 4;
const SYM_REPLACE_DELETE_FIRST = 5;
const SYM_REPLACE_CREATE_FIRST = 6;
const SYM_REPLACE_FORGET = 7;
const SYM_FORGET_REPLACE = 8;
const SYM_READ = 9;
const SYM_FORGET = 10;
/** `DiffLineTable.symbol` of a line put in by a regrouping: the line is `added[from]`. */
const ADDED = 255;
const PLUS = 0x2b;
const MINUS = 0x2d;
const DOT = 0x2e;
const LESS = 0x3c;
const TILDE = 0x7e;
/** Characters that GitHub's diff grammar colours (or treats as headers) in column 0: `+ - ! < > @`. */
const isDiffSpecial = (c) => c === PLUS || c === MINUS || c === 0x21 || c === LESS || c === 0x3e || c === 0x40;
const isWordCode = (c) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
/**
 * The delimiter of a heredoc opened at the end of `text.slice(start, end)` (what `/<<-?([A-Za-z_][A-Za-z0-9_]*)$/`
 * captures), or undefined.
 */
function heredocOpen(text, start, end) {
    let r = end;
    while (r > start && isWordCode(text.charCodeAt(r - 1)))
        r--;
    if (r === end)
        return undefined;
    const c = text.charCodeAt(r);
    if (c >= 0x30 && c <= 0x39)
        return undefined;
    if (r - start >= 2 && text.charCodeAt(r - 1) === LESS && text.charCodeAt(r - 2) === LESS)
        return text.slice(r, end);
    if (r - start >= 3 &&
        text.charCodeAt(r - 1) === MINUS &&
        text.charCodeAt(r - 2) === LESS &&
        text.charCodeAt(r - 3) === LESS) {
        return text.slice(r, end);
    }
    return undefined;
}
/** Whether `text` has `marker` at `at`, followed by a space before `end`. */
const markerAt = (text, at, end, marker) => at + marker.length < end && text.charCodeAt(at + marker.length) === SPACE && text.startsWith(marker, at);
/**
 * The block marker at `at` (the first character after the indentation) as `symbol * 4 + length` (`SYMBOLS` index and
 * marker length), or 0: `-/+ +/- +/. ./+ <= + - ~` followed by a space, or OpenTofu's forget block
 * `. resource "t" "n" {`.
 */
function blockMarker(text, at, end) {
    switch (text.charCodeAt(at)) {
        case MINUS:
            if (markerAt(text, at, end, '-/+'))
                return SYM_REPLACE_DELETE_FIRST * 4 + 3;
            if (markerAt(text, at, end, '-'))
                return SYM_MINUS * 4 + 1;
            return 0;
        case PLUS:
            if (markerAt(text, at, end, '+/-'))
                return SYM_REPLACE_CREATE_FIRST * 4 + 3;
            if (markerAt(text, at, end, '+/.'))
                return SYM_REPLACE_FORGET * 4 + 3;
            if (markerAt(text, at, end, '+'))
                return SYM_PLUS * 4 + 1;
            return 0;
        case DOT:
            if (markerAt(text, at, end, './+'))
                return SYM_FORGET_REPLACE * 4 + 3;
            if (text.startsWith('. resource "', at) || text.startsWith('. data "', at))
                return SYM_FORGET * 4 + 1;
            return 0;
        case LESS:
            return markerAt(text, at, end, '<=') ? SYM_READ * 4 + 2 : 0;
        case TILDE:
            return markerAt(text, at, end, '~') ? SYM_BANG * 4 + 1 : 0;
        default:
            return 0;
    }
}
const SPACES = [];
function spaces(n) {
    if (n >= 256)
        return ' '.repeat(n);
    return (SPACES[n] ??= ' '.repeat(n));
}
const NON_ASCII = /[\u0080-\uffff]/g;
/**
 * The lines of `toDiffLines(body)`, described instead of built, so a renderer can size, search and cut millions of
 * lines and build only those it shows. Line `i` is `SYMBOLS[symbol[i]]`, then `pad[i]` spaces, then
 * `text.slice(from[i], end[i])`; or, when `symbol[i]` is `ADDED`, the line `added[from[i]]` put in by a regrouping
 * (the text itself is never copied: a concatenated copy of a large text is slow to search and measure).
 */
class DiffLineTable {
    /** The plan body the lines point into. */
    text;
    count;
    from;
    end;
    /** 0: the line is `text.slice(from, end)`; 1: a space is put before it; more: the change symbol moved to column 0. */
    symbol;
    pad;
    /** ASCII lines put in (headings, blanks), for the lines whose symbol is `ADDED`. */
    added;
    ascii;
    constructor(text, count, from, end, symbol, pad, added = [], ascii) {
        this.text = text;
        this.count = count;
        this.from = from;
        this.end = end;
        this.symbol = symbol;
        this.pad = pad;
        this.added = added;
        this.ascii = ascii;
    }
    /** What comes before the text of line `i`: its symbol, or the whole line when it was put in. */
    head(i) {
        const symbol = this.symbol[i];
        return symbol === ADDED ? this.added[this.from[i]] : SYMBOLS[symbol];
    }
    /** Whether line `i` was put in by a regrouping (`added`). */
    isAdded(i) {
        return this.symbol[i] === ADDED;
    }
    /** Whether the text is all ASCII. */
    isAscii() {
        return (this.ascii ??= Buffer.byteLength(this.text, 'utf8') === this.text.length);
    }
    /** Line `i` as `toDiffLines` returns it. */
    line(i) {
        const symbol = this.symbol[i];
        if (symbol === ADDED)
            return this.added[this.from[i]];
        const rest = this.text.slice(this.from[i], this.end[i]);
        return symbol === 0 ? rest : SYMBOLS[symbol] + spaces(this.pad[i]) + rest;
    }
    /** Whether line `i` starts with a symbol other than a space, `+`, `-` or `!` (one with `/ . < =` in it). */
    hasCompoundSymbol(i) {
        return this.symbol[i] > SYM_BANG && this.symbol[i] !== ADDED;
    }
    /**
     * `toDiffLines(text).join('\n')`, built in one buffer: runs of lines are copied from the text at once (a moved
     * marker with its indentation), then symbols, spaces and newlines are written in place. Exact for any text:
     * characters go through as Latin-1 bytes or as UTF-16 code units, never through UTF-8.
     */
    join() {
        const { text, count, from, end, symbol, pad } = this;
        let chars = count - 1;
        for (let i = 0; i < count; i++)
            chars += this.head(i).length + pad[i] + end[i] - from[i];
        const encoding = this.isAscii() ? 'latin1' : 'utf16le';
        const width = encoding === 'latin1' ? 1 : 2;
        const out = Buffer.allocUnsafe(chars * width);
        // 1. Copy what each line takes from the text, merging lines that are adjacent both in the text and in the output.
        let runFrom = -1;
        let runTo = -1;
        let runAt = -1;
        for (let i = 0, o = 0; i < count; i++) {
            const sym = symbol[i];
            if (sym === ADDED) {
                // Written in the second pass; nothing to copy, and no run goes on across it.
                if (runTo > runFrom)
                    out.write(text.slice(runFrom, runTo), runAt * width, encoding);
                runFrom = runTo = runAt = -1;
                o += this.added[from[i]].length + 1;
                continue;
            }
            const symbolLength = SYMBOLS[sym].length;
            // A moved marker is copied with its indentation (same length as symbol + padding) and overwritten below; a
            // marker alone is copied as the marker.
            const copyFrom = sym <= SYM_SPACE ? from[i] : from[i] - symbolLength - pad[i];
            const copyAt = sym === SYM_SPACE ? o + 1 : o;
            if (runFrom >= 0 && copyFrom === runTo + 1 && copyAt === runAt + (runTo - runFrom) + 1) {
                runTo = end[i];
            }
            else {
                if (runTo > runFrom)
                    out.write(text.slice(runFrom, runTo), runAt * width, encoding);
                runFrom = copyFrom;
                runTo = end[i];
                runAt = copyAt;
            }
            o += symbolLength + pad[i] + end[i] - from[i] + 1;
        }
        if (runTo > runFrom)
            out.write(text.slice(runFrom, runTo), runAt * width, encoding);
        // 2. Newlines, leading spaces and moved symbols (all ASCII: the high byte of a UTF-16 unit is 0).
        for (let i = 0, o = 0; i < count; i++) {
            const sym = symbol[i];
            const symbolText = this.head(i);
            if (width === 1) {
                if (i > 0)
                    out[o - 1] = 0x0a;
                if (sym !== 0) {
                    for (let k = 0; k < symbolText.length; k++)
                        out[o + k] = symbolText.charCodeAt(k);
                    for (let k = o + symbolText.length, e = k + pad[i]; k < e; k++)
                        out[k] = SPACE;
                }
            }
            else {
                if (i > 0)
                    out.writeUInt16LE(0x0a, 2 * (o - 1));
                if (sym !== 0) {
                    for (let k = 0; k < symbolText.length; k++)
                        out.writeUInt16LE(symbolText.charCodeAt(k), 2 * (o + k));
                    for (let k = 0; k < pad[i]; k++)
                        out.writeUInt16LE(SPACE, 2 * (o + symbolText.length + k));
                }
            }
            o += symbolText.length + pad[i] + end[i] - from[i] + 1;
        }
        return out.toString(encoding);
    }
    /** The UTF-8 size of every line (what `Buffer.byteLength` says), without building the lines. */
    byteSizes() {
        const sizes = new Int32Array(this.count);
        const text = this.text;
        if (this.isAscii()) {
            // One byte per character.
            for (let i = 0; i < this.count; i++)
                sizes[i] = this.head(i).length + this.pad[i] + this.end[i] - this.from[i];
            return sizes;
        }
        const wide = new RegExp(NON_ASCII.source, 'g');
        const nextWide = (from) => {
            wide.lastIndex = from;
            return wide.exec(text)?.index ?? Number.POSITIVE_INFINITY;
        };
        let next = nextWide(0);
        let last = 0;
        for (let i = 0; i < this.count; i++) {
            if (this.symbol[i] === ADDED) {
                sizes[i] = this.added[this.from[i]].length;
                continue;
            }
            const from = this.from[i];
            const end = this.end[i];
            // Lines are in text order except where they were regrouped (groupTableResources): start over there.
            if (next < from || from < last)
                next = nextWide(from);
            last = from;
            let size = SYMBOLS[this.symbol[i]].length + this.pad[i];
            if (next < end) {
                size += Buffer.byteLength(text.slice(from, end), 'utf8');
                next = nextWide(end);
            }
            else {
                size += end - from;
            }
            sizes[i] = size;
        }
        return sizes;
    }
}
/** Builds the `DiffLineTable` of a plan body: see `toDiffLines`. */
function diffLineTable(body) {
    let capacity = Math.max(16, Math.ceil(body.length / 32));
    let from = new Int32Array(capacity);
    let end = new Int32Array(capacity);
    let symbol = new Uint8Array(capacity);
    let pad = new Int32Array(capacity);
    let count = 0;
    let heredoc;
    let keyColumn = 0;
    for (let cursor = 0; cursor <= body.length;) {
        const pos = cursor;
        const nl = body.indexOf('\n', pos);
        const lineEnd = nl < 0 ? body.length : nl;
        cursor = lineEnd + 1;
        if (count === capacity) {
            capacity *= 2;
            from = grow(from, capacity);
            end = grow(end, capacity);
            pad = grow(pad, capacity);
            const bigger = new Uint8Array(capacity);
            bigger.set(symbol);
            symbol = bigger;
        }
        // `\r` before the newline is whitespace, so trimming the end also drops it (as `split(/\r?\n/)` would).
        const e = trimEndAt(body, pos, lineEnd);
        let indent = 0;
        while (pos + indent < e && body.charCodeAt(pos + indent) === SPACE)
            indent++;
        const at = pos + indent;
        let sym = 0;
        let length = 0;
        if (heredoc !== undefined) {
            if (indent <= keyColumn && at + heredoc.length <= e && body.startsWith(heredoc, at)) {
                const after = at + heredoc.length < e ? body.charCodeAt(at + heredoc.length) : -1;
                // `EOT` alone closes the heredoc, and so do `EOT ,` and `EOT)` inside a call or list.
                if (after === -1 || after === SPACE || after === 0x2c || after === 0x29)
                    heredoc = undefined;
            }
            else if (indent === keyColumn + 2 && at < e) {
                // Content lines keep their own markers, but only at the heredoc's marker column.
                const c = body.charCodeAt(at);
                if ((c === PLUS || c === MINUS || c === TILDE) && (at + 1 === e || body.charCodeAt(at + 1) === SPACE)) {
                    sym = c === PLUS ? SYM_PLUS : c === MINUS ? SYM_MINUS : SYM_BANG;
                    length = 1;
                }
            }
        }
        else {
            const marked = at < e ? blockMarker(body, at, e) : 0;
            const open = heredocOpen(body, pos, e);
            if (marked !== 0) {
                sym = marked >> 2;
                length = marked & 3;
                if (open !== undefined) {
                    heredoc = open;
                    keyColumn = indent + length + 1;
                }
            }
            else {
                if (open !== undefined) {
                    heredoc = open;
                    keyColumn = indent;
                }
                if (indent === 0 && at < e && isDiffSpecial(body.charCodeAt(at)))
                    sym = SYM_SPACE;
            }
        }
        if (length > 0) {
            // The marker moves to column 0 and the indentation stays after it; a marker alone is just the symbol.
            from[count] = at + length;
            pad[count] = at + length < e ? indent : 0;
        }
        else {
            from[count] = pos;
            pad[count] = 0;
        }
        end[count] = e;
        symbol[count] = sym;
        count++;
    }
    return new DiffLineTable(body, count, from, end, symbol, pad);
}
function grow(array, capacity) {
    const bigger = new Int32Array(capacity);
    bigger.set(array);
    return bigger;
}
/**
 * Rewrites plan body lines so GitHub's ```diff colouring works: the change marker moves to column 0 with the
 * indentation kept after it (`+` green, `-` red, `~` becomes `!`; `-/+`, `+/-` and `<=` stay readable), heredoc
 * content keeps its own inner `+`/`-` markers (only those at the heredoc's marker column count, so a content line
 * that starts with `- ` stays uncoloured), `#` comment lines stay as they are, and other lines that would start
 * with a character the diff grammar colours get a leading space.
 */
function toDiffLines(body) {
    const table = diffLineTable(body);
    const out = new Array(table.count);
    for (let i = 0; i < table.count; i++)
        out[i] = table.line(i);
    return out;
}
/** The order resources are read in: what destroys first, then the rest in the order of Terraform's legend. */
const GROUP_ORDER = ['delete', 'replace', 'create', 'update', 'read', 'forget', 'no-op'];
/** The line put before each group of resources when a unit has more than one: `# --- 3 to destroy ---`. */
function groupHeading(action, n) {
    const what = {
        delete: 'to destroy',
        replace: 'to replace',
        create: 'to create',
        update: 'to update in-place',
        read: 'to read',
        forget: 'to forget',
        'no-op': 'to move or import only'
    };
    return `# --- ${n} ${what[action]} ---`;
}
/**
 * The lines of a plan body with the planned resources grouped by action (`GROUP_ORDER`, Terraform's order kept
 * within a group), a heading before each group: so a reviewer finds every destroy and replacement first, each under
 * its own header and reason lines. Only the resources under `… will perform the following actions:` move, up to the
 * next line at column 0 (`Plan:`); drift, outputs, warnings and errors stay where they are. Undefined when there is
 * nothing to regroup (no such section, or one kind of action).
 */
function groupResourceLines(view) {
    const n = view.count;
    let start = 0;
    while (start < n && !view.isActionsIntro(start))
        start++;
    if (start >= n)
        return undefined;
    // Resource blocks: from each header to the next one, or to the end of the section.
    const heads = [];
    const actions = [];
    let end = start + 1;
    for (; end < n; end++) {
        if (view.isTopLevel(end))
            break;
        const action = view.headerAction(end);
        if (action !== undefined) {
            heads.push(end);
            actions.push(action);
        }
    }
    if (heads.length === 0 || actions.every((a) => a === actions[0]))
        return undefined;
    const order = new Int32Array(n + 2 * GROUP_ORDER.length + heads.length);
    const added = [];
    let k = 0;
    const add = (line) => {
        order[k++] = -1 - added.length;
        added.push(line);
    };
    for (let i = 0; i < heads[0]; i++)
        order[k++] = i;
    for (const action of GROUP_ORDER) {
        let count = 0;
        for (let b = 0; b < heads.length; b++)
            if (actions[b] === action)
                count++;
        if (count === 0)
            continue;
        add(groupHeading(action, count));
        add('');
        for (let b = 0; b < heads.length; b++) {
            if (actions[b] !== action)
                continue;
            const to = b + 1 < heads.length ? heads[b + 1] : end;
            for (let i = heads[b]; i < to; i++)
                order[k++] = i;
            // Every block ends with a blank line, wherever it goes.
            if (!view.isBlank(to - 1))
                add('');
        }
    }
    for (let i = end; i < n; i++)
        order[k++] = i;
    return { order: order.subarray(0, k), added };
}
const ACTIONS_INTROS = [
    ' will perform the following actions:',
    ' planned the following actions, but then encountered a problem:'
];
/** `groupResourceLines` over a diff-line table: a new table in the grouped order, or `table` when nothing moves. */
function groupTableResources(table) {
    const { text, from, end, symbol } = table;
    const atColumn0 = (i) => {
        const c = text.charCodeAt(from[i]);
        return symbol[i] === 0 && from[i] < end[i] && c !== SPACE && !isSpaceCode(c);
    };
    const view = {
        count: table.count,
        isActionsIntro: (i) => atColumn0(i) && ACTIONS_INTROS.some((s) => end[i] - from[i] > s.length && text.startsWith(s, end[i] - s.length)),
        isBlank: (i) => symbol[i] === 0 && from[i] === end[i],
        // A special character at column 0 (symbol 1) is top-level text as well, such as a rule.
        isTopLevel: (i) => symbol[i] === SYM_SPACE || atColumn0(i),
        headerAction: (i) => {
            if (symbol[i] !== 0)
                return undefined;
            let at = from[i];
            while (at < end[i] && at - from[i] <= 3 && text.charCodeAt(at) === SPACE)
                at++;
            const indent = at - from[i];
            if (indent < 1 || indent > 3 || text.charCodeAt(at) !== 0x23 || text.charCodeAt(at + 1) !== SPACE)
                return undefined;
            const header = parseHeaderText(text.slice(at + 2, end[i]));
            return header.kind === 'resource' ? header.resource.action : undefined;
        }
    };
    const grouping = groupResourceLines(view);
    if (!grouping)
        return table;
    const { order, added } = grouping;
    const count = order.length;
    const nf = new Int32Array(count);
    const ne = new Int32Array(count);
    const ns = new Uint8Array(count);
    const np = new Int32Array(count);
    for (let k = 0; k < count; k++) {
        const o = order[k];
        if (o >= 0) {
            nf[k] = from[o];
            ne[k] = end[o];
            ns[k] = symbol[o];
            np[k] = table.pad[o];
        }
        else {
            nf[k] = ne[k] = -1 - o;
            ns[k] = ADDED;
        }
    }
    // The added lines are ASCII (headings and blanks): the text stays as ASCII as it was.
    return new DiffLineTable(text, count, nf, ne, ns, np, added, table.isAscii());
}
/** `toDiffLines` with the planned resources grouped by action (`groupResourceLines`), built as strings. */
function toGroupedDiffLines(body) {
    const table = groupTableResources(diffLineTable(body));
    const out = new Array(table.count);
    for (let i = 0; i < table.count; i++)
        out[i] = table.line(i);
    return out;
}

;// CONCATENATED MODULE: ./src/core/plan/json-diff.ts
/**
 * Plan text from a JSON plan alone (`show -json`, what Terragrunt's `--json-out-dir` writes): each resource change as
 * Terraform renders it, built from `before`/`after`/`after_unknown`/`before_sensitive`/`after_sensitive` and
 * `replace_paths`, with the header and the reason lines Terraform writes from `action_reason`.
 *
 * It follows Terraform's own renderer (internal/command/jsonformat): `+`/`-`/`~` per attribute, `old -> new`,
 * `-> null` for removed values, `(sensitive value)`, `(known after apply)`, heredocs with a line diff for multi-line
 * strings, `jsonencode(…)` for JSON strings, nested objects and lists indented four spaces a level, unchanged
 * attributes, elements and blocks counted in `# (N unchanged … hidden)` lines (`id`, `name` and `tags` always shown).
 * The JSON plan has no provider schema, so two things are inferred: a list of objects directly in a resource or block
 * is shown as nested blocks (`name { … }`), and an object of plain values as a map (quoted keys).
 *
 * The text is plain: the renderer fences it like any plan text, so nothing in it is trusted.
 */


const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v) => (typeof v === 'string' ? v : undefined);
/** Terraform's action symbols, three wide (format.DiffActionSymbol). */
const SYMBOL = { create: '  +', delete: '  -', update: '  ~', noop: '   ' };
const indentOf = (n) => '    '.repeat(n);
const sym = (a) => `${SYMBOL[a]} `;
/**
 * The change of `c[key]` (`beforeKey`/`afterKey` when the sides differ, as list elements do). `explicit`: a null that
 * is there counts as a value (JSON values, as in outputs and `jsonencode`, and list elements), not as absent.
 */
function child(c, key, explicit, beforeKey = key, afterKey = key) {
    const get = (v, k) => typeof k === 'number' ? (Array.isArray(v) ? v[k] : undefined) : isObject(v) ? v[k] : undefined;
    const before = get(c.before, beforeKey);
    const after = get(c.after, afterKey);
    return {
        before: before ?? null,
        after: after ?? null,
        beforeSet: c.beforeSet && before !== undefined && (explicit || before !== null),
        afterSet: c.afterSet && after !== undefined && (explicit || after !== null),
        unknown: get(c.unknown, afterKey),
        beforeSensitive: get(c.beforeSensitive, beforeKey),
        afterSensitive: get(c.afterSensitive, afterKey),
        replacePaths: c.replacePaths.filter((p) => p.length > 0 && p[0] === key).map((p) => p.slice(1))
    };
}
const forcesReplacement = (replace, opts) => replace && !opts.forbidReplace ? ' # forces replacement' : '';
const nullSuffix = (action, opts) => (action === 'delete' && !opts.noNullSuffix ? ' -> null' : '');
const unchanged = (what, n) => `# (${n} unchanged ${what}${n === 1 ? '' : 's'} hidden)`;
function deepEqual(a, b) {
    if (a === b)
        return true;
    if (Array.isArray(a)) {
        if (!Array.isArray(b) || a.length !== b.length)
            return false;
        for (let i = 0; i < a.length; i++)
            if (!deepEqual(a[i], b[i]))
                return false;
        return true;
    }
    if (isObject(a) && isObject(b)) {
        const ka = Object.keys(a);
        if (ka.length !== Object.keys(b).length)
            return false;
        for (const k of ka)
            if (!(k in b) || !deepEqual(a[k], b[k]))
                return false;
        return true;
    }
    return false;
}
/** The action of a value change from its two sides. */
function actionOf(c) {
    if (!c.beforeSet && c.afterSet)
        return 'create';
    if (c.beforeSet && !c.afterSet)
        return 'delete';
    return deepEqual(c.before, c.after) ? 'noop' : 'update';
}
/** Terraform's collections.CompareActions: a mix of child actions is an update. */
const combine = (current, next) => next === 'noop' ? current : current !== next ? 'update' : current;
function containerAction(c) {
    if (c.beforeSet && !c.afterSet)
        return 'delete';
    if (!c.beforeSet && c.afterSet)
        return 'create';
    return 'noop';
}
const replaceHere = (c) => c.replacePaths.some((p) => p.length === 0);
// ---------------------------------------------------------------------------------------------------------------
// Values
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const attributeName = (key) => (IDENTIFIER.test(key) ? key : JSON.stringify(key));
/** A sensitive or unknown value decided before looking inside it; undefined when neither. */
function special(c, compute) {
    const beforeSensitive = c.beforeSensitive === true;
    const afterSensitive = c.afterSensitive === true;
    if (beforeSensitive || afterSensitive) {
        const action = actionOf(c);
        const replace = replaceHere(c);
        return {
            action: action === 'noop' && beforeSensitive !== afterSensitive ? 'update' : action,
            replace,
            render: (_indent, opts) => `(sensitive value)${nullSuffix(action, opts)}${forcesReplacement(replace, opts)}`
        };
    }
    if (c.unknown === true) {
        const replace = replaceHere(c);
        if (!c.beforeSet) {
            return {
                action: 'create',
                replace,
                render: (_i, opts) => `(known after apply)${forcesReplacement(replace, opts)}`
            };
        }
        const before = compute({ ...c, after: null, afterSet: false, unknown: undefined, replacePaths: [] });
        return {
            action: 'update',
            replace,
            render: (indent, opts) => `${before.render(indent, { ...opts, noNullSuffix: true, forbidReplace: replace || opts.forbidReplace })} -> (known after apply)${forcesReplacement(replace, opts)}`
        };
    }
    return undefined;
}
const kindOf = (v) => v === null || v === undefined
    ? 'null'
    : Array.isArray(v)
        ? 'array'
        : typeof v === 'object'
            ? 'object'
            : typeof v === 'string'
                ? 'string'
                : typeof v === 'number'
                    ? 'number'
                    : 'bool';
/** The diff of an attribute value (no schema: its JSON types decide). `json`: inside a `jsonencode(…)` value. */
function valueDiff(c, json = false) {
    const s = special(c, (x) => valueDiff(x, json));
    if (s)
        return s;
    const bk = c.beforeSet ? kindOf(c.before) : 'null';
    const ak = c.afterSet ? kindOf(c.after) : 'null';
    if (bk !== ak && bk !== 'null' && ak !== 'null') {
        const before = valueDiff({ ...c, after: null, afterSet: false, unknown: undefined });
        const after = valueDiff({ ...c, before: null, beforeSet: false, beforeSensitive: undefined });
        return {
            action: 'update',
            replace: replaceHere(c),
            render: (indent, opts) => `${before.render(indent, { ...opts, noNullSuffix: true })} -> ${after.render(indent, { ...opts, noNullSuffix: true })}`
        };
    }
    const kind = bk === 'null' ? ak : bk;
    if (kind === 'object')
        return objectDiff(c, json);
    if (kind === 'array')
        return listDiff(c, json);
    return primitiveDiff(c, kind);
}
function primitiveText(v) {
    if (typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    if (typeof v === 'string')
        return JSON.stringify(v);
    return 'null';
}
function primitiveDiff(c, kind) {
    const action = actionOf(c);
    const replace = replaceHere(c);
    if (kind === 'string')
        return stringDiff(c, action, replace);
    return {
        action,
        replace,
        render: (_indent, opts) => {
            const before = primitiveText(c.before);
            const after = primitiveText(c.after);
            const r = forcesReplacement(replace, opts);
            if (action === 'create')
                return `${after}${r}`;
            if (action === 'delete')
                return `${before}${nullSuffix(action, opts)}${r}`;
            if (action === 'noop')
                return `${before}${r}`;
            return `${before} -> ${after}${r}`;
        }
    };
}
/** A string as Terraform reads it: JSON (an object or array) or multi-line (trimmed), else plain. */
function evaluate(v) {
    if (typeof v !== 'string')
        return { text: 'null', multiline: false, isNull: true };
    if (v.startsWith('{') || v.startsWith('[')) {
        try {
            return { text: v, json: JSON.parse(v), multiline: false, isNull: false };
        }
        catch {
            // not JSON after all
        }
    }
    if (v.includes('\n'))
        return { text: v.trim(), multiline: true, isNull: false };
    return { text: v, multiline: false, isNull: false };
}
const simple = (e) => (e.isNull ? e.text : JSON.stringify(e.text));
function stringDiff(c, action, replace) {
    return {
        action,
        replace,
        render: (indent, opts) => {
            const r = forcesReplacement(replace, opts);
            const noop = `${indentOf(indent + 1)}${sym('noop')}`;
            let lines;
            if (action === 'create' || action === 'noop') {
                const e = evaluate(c.after ?? c.before);
                if (e.json !== undefined)
                    return jsonString(action, replace, indent, opts, undefined, e.json);
                if (!e.multiline)
                    return `${simple(e)}${r}`;
                lines = e.text.split('\n').map((l) => noop + l);
            }
            else if (action === 'delete') {
                const e = evaluate(c.before);
                if (e.isNull)
                    return `${e.text}${r}`;
                if (e.json !== undefined)
                    return jsonString(action, replace, indent, opts, e.json, undefined);
                if (!e.multiline)
                    return `${simple(e)}${nullSuffix(action, opts)}${r}`;
                lines = e.text.split('\n').map((l) => noop + l);
            }
            else {
                const b = evaluate(c.before);
                const a = evaluate(c.after);
                if (b.json !== undefined && a.json !== undefined)
                    return jsonString(action, replace, indent, opts, b.json, a.json);
                if (b.json !== undefined || a.json !== undefined)
                    return `${simple(b)} -> ${simple(a)}${r}`;
                if (!b.multiline && !a.multiline)
                    return `${simple(b)} -> ${simple(a)}${r}`;
                const bl = b.text.split('\n');
                const al = a.text.split('\n');
                lines = [];
                const pad = indentOf(indent + 1);
                processSlice(bl, al, (bi, ai) => {
                    if (bi >= bl.length)
                        lines.push(`${pad}${sym('create')}${al[ai]}`);
                    else if (ai >= al.length)
                        lines.push(`${pad}${sym('delete')}${bl[bi]}`);
                    else if (bl[bi] !== al[ai])
                        lines.push(`${pad}${sym('delete')}${bl[bi]}`, `${pad}${sym('create')}${al[ai]}`);
                    else
                        lines.push(`${pad}${sym('noop')}${bl[bi]}`);
                });
            }
            return `<<-EOT${r}\n${lines.join('\n')}\n${indentOf(indent)}${sym('noop')}EOT${nullSuffix(action, opts)}`;
        }
    };
}
/** A JSON string shown as `jsonencode(…)` with a diff of its decoded value. */
function jsonString(action, replace, indent, opts, before, after) {
    const inner = valueDiff({
        before: before ?? null,
        after: after ?? null,
        beforeSet: action !== 'create' && before !== undefined && before !== null,
        afterSet: action !== 'delete' && after !== undefined && after !== null,
        unknown: undefined,
        beforeSensitive: undefined,
        afterSensitive: undefined,
        replacePaths: []
    }, true);
    let shown = action;
    let whitespace = '';
    let r = '';
    const innerOpts = { ...opts, noNullSuffix: true };
    if (inner.action === 'noop' && action === 'update') {
        whitespace = replace ? ' # whitespace changes force replacement' : ' # whitespace changes';
        innerOpts.showUnchanged = true;
        shown = 'noop';
    }
    else
        r = forcesReplacement(replace, opts);
    const text = inner.render(indent + 1, innerOpts);
    if (action === 'create' || action === 'delete')
        shown = 'noop';
    if (text.includes('\n')) {
        return `jsonencode(${whitespace}\n${indentOf(indent + 1)}${sym(shown)}${text}${r}\n${indentOf(indent)}${sym('noop')})${nullSuffix(action, opts)}`;
    }
    return `jsonencode(${text})${whitespace}${r}`;
}
/** Keys of both sides, sorted as Terraform sorts them (by code unit, like Go's sort.Strings on UTF-8). */
function keysOf(c) {
    const keys = new Set();
    if (isObject(c.before))
        for (const k of Object.keys(c.before))
            keys.add(k);
    if (isObject(c.after))
        for (const k of Object.keys(c.after))
            keys.add(k);
    if (isObject(c.unknown))
        for (const k of Object.keys(c.unknown))
            keys.add(k);
    return [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
const isPlain = (v) => v === null || typeof v !== 'object';
/** An object of plain values is shown as a map (quoted keys), any other as an object (attribute names). */
function isMapLike(c, json) {
    if (json)
        return false;
    const values = [
        ...(isObject(c.before) ? Object.values(c.before) : []),
        ...(isObject(c.after) ? Object.values(c.after) : [])
    ];
    return values.every(isPlain);
}
function objectDiff(c, json) {
    const map = isMapLike(c, json);
    const elements = new Map();
    let action = containerAction(c);
    for (const key of keysOf(c)) {
        const k = child(c, key, json);
        if (!k.beforeSet && !k.afterSet && k.unknown !== true)
            continue;
        const d = valueDiff(k, json);
        elements.set(key, d);
        action = combine(action, d.action);
    }
    const replace = replaceHere(c);
    return {
        action,
        replace,
        object: !map,
        render: (indent, opts) => {
            if (elements.size === 0)
                return `{}${nullSuffix(action, opts)}${forcesReplacement(replace, opts)}`;
            const names = new Map([...elements.keys()].map((k) => [k, map ? JSON.stringify(k) : attributeName(k)]));
            const width = Math.max(...[...names.values()].map((n) => n.length));
            // Maps: elements of a removed map carry no `-> null` of their own; objects: every removed attribute does
            // (JSON values, as in outputs and jsonencode, never do).
            const childOpts = { ...opts, noNullSuffix: json || (map && action === 'delete') };
            const out = [`{${forcesReplacement(replace, opts)}`];
            let hidden = 0;
            for (const [key, d] of elements) {
                const important = !map && (key === 'id' || key === 'name' || key === 'tags');
                if (d.action === 'noop' && !opts.showUnchanged && !important) {
                    hidden++;
                    continue;
                }
                const o = important ? { ...childOpts, showUnchanged: true } : childOpts;
                const comma = map && d.object ? ',' : '';
                out.push(`${indentOf(indent + 1)}${sym(d.action)}${names.get(key).padEnd(width)} = ${d.render(indent + 1, o)}${comma}`);
            }
            if (hidden > 0)
                out.push(`${indentOf(indent + 1)}${sym('noop')}${unchanged(map ? 'element' : 'attribute', hidden)}`);
            out.push(`${indentOf(indent)}${sym('noop')}}${nullSuffix(action, opts)}`);
            return out.join('\n');
        }
    };
}
function listDiff(c, json) {
    const before = Array.isArray(c.before) && c.beforeSet ? c.before : [];
    const after = Array.isArray(c.after) && c.afterSet ? c.after : [];
    const elements = [];
    let action = containerAction(c);
    processSlice(before, after, (bi, ai) => {
        const e = valueDiff(elementChange(c, bi, ai, before.length, after.length), json);
        elements.push(e);
        action = combine(action, e.action);
    }, isObject);
    const replace = replaceHere(c);
    return {
        action,
        replace,
        render: (indent, opts) => {
            if (elements.length === 0)
                return `[]${nullSuffix(action, opts)}${forcesReplacement(replace, opts)}`;
            const elementOpts = { ...opts, noNullSuffix: true };
            const unchangedOpts = { ...opts, showUnchanged: true };
            const out = [`[${forcesReplacement(replace, opts)}`];
            const pad = indentOf(indent + 1);
            let skipped = [];
            let renderNext = false;
            for (const e of elements) {
                if (e.action === 'noop' && !renderNext && !opts.showUnchanged) {
                    skipped.push(e);
                    continue;
                }
                renderNext = false;
                let o = elementOpts;
                if (skipped.length > 1)
                    out.push(`${pad}${sym('noop')}${unchanged('element', skipped.length - 1)}`);
                if (skipped.length > 0) {
                    const last = skipped[skipped.length - 1];
                    out.push(`${pad}${sym(last.action)}${last.render(indent + 1, unchangedOpts)},`);
                }
                skipped = [];
                if (e.action === 'noop')
                    o = unchangedOpts;
                else
                    renderNext = true;
                out.push(`${pad}${sym(e.action)}${e.render(indent + 1, o)},`);
            }
            if (skipped.length > 0)
                out.push(`${pad}${sym('noop')}${unchanged('element', skipped.length)}`);
            out.push(`${indentOf(indent)}${sym('noop')}]${nullSuffix(action, opts)}`);
            return out.join('\n');
        }
    };
}
/** The change of a list element: `bi`/`ai` past the end of their side mean the element is created/removed. */
function elementChange(c, bi, ai, nb, na) {
    const inBefore = bi < nb;
    const inAfter = ai < na;
    const e = child(c, inAfter ? ai : bi, true, inBefore ? bi : -1, inAfter ? ai : -1);
    return {
        ...e,
        beforeSet: inBefore && e.beforeSet,
        afterSet: inAfter && e.afterSet,
        // Terraform never sets replace paths below lists.
        replacePaths: []
    };
}
/**
 * Terraform's collections.ProcessSlice: equal lengths that are not a reorder pair up by index; otherwise the longest
 * common subsequence (deep equality) stays and the rest is removed then added, objects at the same place paired.
 * Calls `process(beforeIndex, afterIndex)` with an index past the end of a side for a missing element.
 */
function processSlice(before, after, process, isObj) {
    if (before.length === after.length && !isReorder(before, after)) {
        for (let i = 0; i < before.length; i++)
            process(i, i);
        return;
    }
    const lcs = longestCommonSubsequence(before, after);
    let bi = 0;
    let ai = 0;
    let li = 0;
    while (bi < before.length || ai < after.length || li < lcs.length) {
        while (bi < before.length && (li >= lcs.length || !deepEqual(before[bi], lcs[li]))) {
            const objectDiff = isObj !== undefined &&
                isObj(before[bi]) &&
                ai < after.length &&
                isObj(after[ai]) &&
                (li >= lcs.length || !deepEqual(after[ai], lcs[li]));
            if (objectDiff) {
                process(bi++, ai++);
                continue;
            }
            process(bi++, after.length);
        }
        while (ai < after.length && (li >= lcs.length || !deepEqual(after[ai], lcs[li])))
            process(before.length, ai++);
        if (li < lcs.length) {
            process(bi++, ai++);
            li++;
        }
    }
}
function isReorder(before, after) {
    if (before.length !== after.length)
        return false;
    return before.every((b) => after.some((a) => deepEqual(a, b)));
}
/** Above this many cells the line diff gives up on a common subsequence (all removed, then all added). */
const LCS_MAX_CELLS = 4_000_000;
/** Terraform's objchange.LongestCommonSubsequence, step for step (the same ties, so the same diff). */
function longestCommonSubsequence(xs, ys) {
    if (xs.length === 0 || ys.length === 0)
        return [];
    if (xs.length * ys.length > LCS_MAX_CELLS)
        return [];
    const w = xs.length;
    const c = new Int32Array(xs.length * ys.length);
    const eqs = new Uint8Array(xs.length * ys.length);
    for (let y = 0; y < ys.length; y++) {
        for (let x = 0; x < xs.length; x++) {
            if (deepEqual(xs[x], ys[y])) {
                eqs[w * y + x] = 1;
                c[w * y + x] = x === 0 || y === 0 ? 1 : c[w * (y - 1) + (x - 1)] + 1;
            }
            else {
                const l = x > 0 ? c[w * y + (x - 1)] : 0;
                const u = y > 0 ? c[w * (y - 1) + x] : 0;
                c[w * y + x] = l > u ? l : u;
            }
        }
    }
    const seq = [];
    let x = xs.length - 1;
    let y = ys.length - 1;
    while (x > -1 && y > -1) {
        if (eqs[w * y + x]) {
            seq.push(xs[x]);
            x--;
            y--;
        }
        else {
            const l = x > 0 ? c[w * y + (x - 1)] : 0;
            const u = y > 0 ? c[w * (y - 1) + x] : 0;
            if (l > u)
                x--;
            else
                y--;
        }
    }
    return seq.reverse();
}
// ---------------------------------------------------------------------------------------------------------------
// Blocks
/** A list of objects directly in a block: shown as nested blocks. */
const isBlockList = (v) => Array.isArray(v) && v.length > 0 && v.every(isObject);
/** The diff of a resource (or nested block) body. */
function blockDiff(c, showUnchanged) {
    const s = special(c, (x) => blockDiff(x, showUnchanged));
    if (s)
        return s;
    const attributes = new Map();
    const blocks = new Map();
    let action = containerAction(c);
    for (const key of keysOf(c)) {
        const k = child(c, key, false);
        const beforeBlocks = k.beforeSet && isBlockList(k.before);
        const afterBlocks = k.afterSet && isBlockList(k.after);
        const neither = (!k.beforeSet || Array.isArray(k.before)) && (!k.afterSet || Array.isArray(k.after));
        if ((beforeBlocks || afterBlocks) &&
            neither &&
            k.beforeSensitive !== true &&
            k.afterSensitive !== true &&
            k.unknown !== true) {
            const before = beforeBlocks ? k.before : [];
            const after = afterBlocks ? k.after : [];
            const list = [];
            processSlice(before, after, (bi, ai) => {
                const e = elementChange(k, bi, ai, before.length, after.length);
                e.replacePaths = k.replacePaths
                    .filter((p) => p.length > 0 && p[0] === (ai < after.length ? ai : bi))
                    .map((p) => p.slice(1));
                const d = blockDiff(e, showUnchanged);
                list.push(d);
                action = combine(action, d.action);
            }, isObject);
            blocks.set(key, list);
            continue;
        }
        if (!k.beforeSet && !k.afterSet && k.unknown !== true)
            continue;
        const d = valueDiff(k);
        attributes.set(key, d);
        action = combine(action, d.action);
    }
    const replace = replaceHere(c);
    return {
        action,
        replace,
        render: (indent, opts) => {
            if (attributes.size === 0 && blocks.size === 0)
                return `{}${forcesReplacement(replace, opts)}`;
            const all = { ...opts, showUnchanged: opts.showUnchanged || showUnchanged };
            const width = Math.max(0, ...[...attributes.keys()].map((k) => attributeName(k).length));
            const out = [`{${forcesReplacement(replace, opts)}`];
            let hidden = 0;
            for (const [key, d] of attributes) {
                const important = key === 'id' || key === 'name' || key === 'tags';
                if (!important && d.action === 'noop' && !all.showUnchanged) {
                    hidden++;
                    continue;
                }
                const o = { ...all, noNullSuffix: false, showUnchanged: all.showUnchanged || important };
                out.push(`${indentOf(indent + 1)}${sym(d.action)}${attributeName(key).padEnd(width)} = ${d.render(indent + 1, o)}`);
            }
            if (hidden > 0)
                out.push(`${indentOf(indent + 1)}${sym('noop')}${unchanged('attribute', hidden)}`);
            let hiddenBlocks = 0;
            for (const [key, list] of blocks) {
                let first = true;
                for (const d of list) {
                    if (d.action === 'noop' && !all.showUnchanged) {
                        hiddenBlocks++;
                        continue;
                    }
                    if (first && attributes.size > 0)
                        out.push('');
                    first = false;
                    out.push(`${indentOf(indent + 1)}${sym(d.action)}${attributeName(key)} ${d.render(indent + 1, { ...all, noNullSuffix: false })}`);
                }
            }
            if (hiddenBlocks > 0)
                out.push('', `${indentOf(indent + 1)}${sym('noop')}${unchanged('block', hiddenBlocks)}`);
            out.push(`${indentOf(indent)}${sym('noop')}}`);
            return out.join('\n');
        }
    };
}
// ---------------------------------------------------------------------------------------------------------------
// Resources
/** The symbol of a resource's actions at column 0 (`+`, `-/+`, `<=`, …), as in the text plan. */
function resourceSymbol(actions) {
    const key = actions.join(',');
    switch (key) {
        case 'create':
            return '  +';
        case 'delete':
            return '  -';
        case 'update':
            return '  ~';
        case 'delete,create':
            return '-/+';
        case 'create,delete':
            return '+/-';
        case 'read':
            return ' <=';
        case 'forget':
            return '  .';
        case 'create,forget':
            return '+/.';
        case 'forget,create':
            return './+';
        default:
            return '   ';
    }
}
function jsonIndexText(index) {
    return typeof index === 'string' ? JSON.stringify(index) : String(index);
}
/** The `# … will be …` header and the reason lines Terraform writes above a resource (resourceChangeComment). */
function resourceComment(rc, action, tool = 'Terraform') {
    const change = isObject(rc.change) ? rc.change : {};
    const address = str(rc.address) ?? '';
    const deposed = str(rc.deposed);
    const addr = deposed ? `${address} (deposed object ${deposed})` : address;
    const reason = str(rc.action_reason);
    const previous = str(rc.previous_address);
    const importing = isObject(change.importing) ? change.importing : undefined;
    const lines = [];
    let printedMoved = false;
    let printedImported = false;
    const actions = (Array.isArray(change.actions) ? change.actions : []).join(',');
    switch (action) {
        case 'create':
            lines.push(`  # ${addr} will be created`);
            break;
        case 'read':
            lines.push(`  # ${addr} will be read during apply`);
            if (reason === 'read_because_config_unknown')
                lines.push('  # (config refers to values not yet known)');
            if (reason === 'read_because_dependency_pending')
                lines.push('  # (depends on a resource or a module with changes pending)');
            if (reason === 'read_because_check_nested')
                lines.push('  # (config will be reloaded to verify a check block)');
            break;
        case 'update':
            lines.push(`  # ${addr} will be updated in-place`);
            break;
        case 'replace':
            if (actions === 'create,forget' || actions === 'forget,create') {
                lines.push(` # ${addr} must be replaced, but the existing object will not be destroyed`);
                lines.push(' # (destroy = false is set in the configuration)');
            }
            else if (reason === 'replace_because_tainted')
                lines.push(`  # ${addr} is tainted, so must be replaced`);
            else if (reason === 'replace_by_request')
                lines.push(`  # ${addr} will be replaced, as requested`);
            else if (reason === 'replace_by_triggers')
                lines.push(`  # ${addr} will be replaced due to changes in replace_triggered_by`);
            else
                lines.push(`  # ${addr} must be replaced`);
            break;
        case 'forget':
            if (deposed) {
                lines.push(` # ${addr} will be removed from ${tool} state, but will not be destroyed`);
                lines.push(' # (left over from a partially-failed replacement of this instance)');
            }
            else
                lines.push(` # ${addr} will no longer be managed by ${tool}, but will not be destroyed`);
            lines.push(' # (destroy = false is set in the configuration)');
            break;
        case 'delete': {
            lines.push(`  # ${addr} will be destroyed`);
            const index = rc.index;
            if (reason === 'delete_because_no_resource_config')
                lines.push(`  # (because ${str(rc.type) ?? ''}.${str(rc.name) ?? ''} is not in configuration)`);
            else if (reason === 'delete_because_no_move_target')
                lines.push(`  # (because ${previous ?? ''} was moved to ${address}, which is not in configuration)`);
            else if (reason === 'delete_because_no_module')
                lines.push(`  # (because ${str(rc.module_address) ?? ''} is not in configuration)`);
            else if (reason === 'delete_because_wrong_repetition') {
                if (index === undefined || index === null)
                    lines.push('  # (because resource uses count or for_each)');
                else if (typeof index === 'number')
                    lines.push('  # (because resource does not use count)');
                else if (typeof index === 'string')
                    lines.push('  # (because resource does not use for_each)');
            }
            else if (reason === 'delete_because_count_index')
                lines.push(`  # (because index [${jsonIndexText(index)}] is out of range for count)`);
            else if (reason === 'delete_because_each_key')
                lines.push(`  # (because key [${jsonIndexText(index)}] is not in for_each map)`);
            if (deposed)
                lines.push('  # (left over from a partially-failed replacement of this instance)');
            break;
        }
        default:
            if (previous && previous !== address) {
                lines.push(`  # ${previous} has moved to ${addr}`);
                printedMoved = true;
            }
            else if (importing) {
                lines.push(`  # ${addr} will be imported`);
                if (str(change.generated_config))
                    lines.push('  # (config will be generated)');
                printedImported = true;
            }
    }
    if (previous && previous !== address && !printedMoved)
        lines.push(`  # (moved from ${previous})`);
    if (importing && !printedImported) {
        const id = str(importing.id);
        lines.push(id ? `  # (imported from ${JSON.stringify(id)})` : '  # (will be imported first)');
    }
    if (importing && action === 'replace')
        lines.push('  # Warning: this will destroy the imported resource');
    return lines;
}
/** The lines of one resource change: header, reason lines and the attribute diff. */
function renderResourceChange(rc, action, tool = 'Terraform') {
    const change = isObject(rc.change) ? rc.change : {};
    const actions = (Array.isArray(change.actions) ? change.actions : []).filter((a) => typeof a === 'string');
    const del = actions.length === 1 && actions[0] === 'delete';
    const create = actions.length === 1 && (actions[0] === 'create' || actions[0] === 'read');
    const diff = blockDiff({
        before: change.before ?? null,
        after: change.after ?? null,
        beforeSet: !create && isObject(change.before),
        afterSet: !del && isObject(change.after),
        unknown: change.after_unknown,
        beforeSensitive: change.before_sensitive,
        afterSensitive: change.after_sensitive,
        replacePaths: Array.isArray(change.replace_paths) ? change.replace_paths.filter(Array.isArray) : []
    }, isObject(change.importing));
    const mode = str(rc.mode) === 'data' ? 'data' : 'resource';
    const head = `${resourceSymbol(actions)} ${mode} ${JSON.stringify(str(rc.type) ?? '')} ${JSON.stringify(str(rc.name) ?? '')}`;
    const body = diff.render(0, {});
    return [...resourceComment(rc, action, tool), `${head} ${body}`.replace(/\n+$/, '')].flatMap((l) => l.split('\n'));
}
/** Output changes as Terraform lists them under `Changes to Outputs:`. */
function renderOutputs(plan) {
    if (!isObject(plan.output_changes))
        return [];
    const entries = [];
    for (const name of Object.keys(plan.output_changes).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
        const oc = plan.output_changes[name];
        if (!isObject(oc))
            continue;
        const actions = Array.isArray(oc.actions) ? oc.actions.join(',') : '';
        const d = valueDiff({
            before: oc.before ?? null,
            after: oc.after ?? null,
            beforeSet: actions !== 'create' && oc.before !== undefined && oc.before !== null,
            afterSet: actions !== 'delete' && oc.after !== undefined && oc.after !== null,
            unknown: oc.after_unknown,
            beforeSensitive: oc.before_sensitive,
            afterSensitive: oc.after_sensitive,
            replacePaths: []
        }, true);
        if (d.action !== 'noop')
            entries.push([name, d]);
    }
    if (entries.length === 0)
        return [];
    const width = Math.max(...entries.map(([n]) => attributeName(n).length));
    return entries.map(([n, d]) => `${SYMBOL[d.action]} ${attributeName(n).padEnd(width)} = ${d.render(0, {})}`);
}
/** `Plan: 1 to import, 2 to add, 0 to change, 1 to destroy.` from the counts. */
function planLine(counts) {
    const imports = counts.import > 0 ? `${counts.import} to import, ` : '';
    const forget = counts.forget > 0 ? `, ${counts.forget} to forget` : '';
    return `Plan: ${imports}${counts.add} to add, ${counts.change} to change, ${counts.destroy} to destroy${forget}.`;
}
/**
 * The plan text of a JSON plan (the parsed `show -json` object): every resource change Terraform would show, grouped
 * by action (destroys, then replacements, then the rest; a heading before each group when there are several), the
 * `Plan:` line from `counts`, and the output changes. Empty when nothing changes.
 */
function jsonPlanText(plan, counts, tool = 'Terraform') {
    if (!isObject(plan))
        return '';
    const groups = new Map(GROUP_ORDER.map((a) => [a, []]));
    for (const rc of Array.isArray(plan.resource_changes) ? plan.resource_changes : []) {
        if (!isObject(rc) || str(rc.address) === undefined)
            continue;
        const mode = str(rc.mode) ?? 'managed';
        if (mode === 'ephemeral')
            continue;
        const change = isObject(rc.change) ? rc.change : {};
        const { action } = classifyActions(Array.isArray(change.actions) ? change.actions : []);
        if (mode === 'data' && action === 'delete')
            continue;
        const previous = str(rc.previous_address);
        const moved = previous !== undefined && previous !== '' && previous !== rc.address;
        if (action === 'no-op' && !moved && !isObject(change.importing))
            continue;
        groups.get(action).push(rc);
    }
    const present = GROUP_ORDER.filter((a) => groups.get(a).length > 0);
    const out = [];
    for (const action of present) {
        const list = groups.get(action);
        if (present.length > 1)
            out.push(groupHeading(action, list.length), '');
        for (const rc of list)
            out.push(...renderResourceChange(rc, action, tool), '');
    }
    if (present.length > 0)
        out.push(planLine(counts));
    const outputs = renderOutputs(plan);
    if (outputs.length > 0)
        out.push(...(out.length > 0 ? [''] : []), 'Changes to Outputs:', ...outputs);
    return out.join('\n');
}

;// CONCATENATED MODULE: ./src/core/plan/json-plan.ts
/**
 * Facts from `terraform show -json <planfile>` / `tofu show -json <planfile>` (the JSON plan representation,
 * format_version 0.x and 1.x). Unknown keys are ignored; an unknown major format version is rejected.
 */




/** The JSON is not a plan this parser understands (bad JSON, not an object, unknown major format_version). */
class PlanFormatError extends user_error/* UserError */.y {
    name = 'PlanFormatError';
}
const SUPPORTED_MAJOR_VERSIONS = new Set(['0', '1']);
function json_plan_isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function asString(value) {
    return typeof value === 'string' ? value : undefined;
}
function asArray(value) {
    return Array.isArray(value) ? value : [];
}
/** Parses the JSON text (or takes the already-parsed value) and checks it is a plan of a supported format. */
function loadPlanJson(json) {
    let value = json;
    if (typeof json === 'string') {
        const text = json.charCodeAt(0) === 0xfeff ? json.slice(1) : json;
        try {
            value = JSON.parse(text);
        }
        catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            throw new PlanFormatError(`The JSON plan is not valid JSON (${reason}); expected the output of 'show -json'.`);
        }
    }
    if (!json_plan_isObject(value)) {
        throw new PlanFormatError("The JSON plan is not a JSON object; expected the output of 'show -json <planfile>'.");
    }
    const version = value.format_version;
    if (typeof version !== 'string' || version === '') {
        throw new PlanFormatError("The JSON plan has no format_version; expected the output of 'terraform show -json <planfile>' or 'tofu show -json <planfile>'.");
    }
    const major = version.split('.')[0];
    if (!SUPPORTED_MAJOR_VERSIONS.has(major)) {
        throw new PlanFormatError(`The JSON plan has format_version ${version}, whose major version ${major} is not supported (supported: 0.x and 1.x).`);
    }
    return value;
}
function resourceFromJson(rc) {
    const address = asString(rc.address);
    const change = json_plan_isObject(rc.change) ? rc.change : {};
    if (address === undefined)
        return undefined;
    const mode = asString(rc.mode) ?? 'managed';
    if (mode === 'ephemeral')
        return undefined;
    const classified = classifyActions(asArray(change.actions));
    // Terraform and OpenTofu do not render (nor count) deleted data sources.
    if (mode === 'data' && classified.action === 'delete')
        return undefined;
    const resource = { address, action: classified.action };
    const deposed = asString(rc.deposed);
    if (deposed)
        resource.deposed = deposed;
    const previous = asString(rc.previous_address);
    if (previous && previous !== address)
        resource.previousAddress = previous;
    if (json_plan_isObject(change.importing))
        resource.importId = asString(change.importing.id) ?? '';
    if (classified.replaceOrder)
        resource.replaceOrder = classified.replaceOrder;
    const reason = asString(rc.action_reason);
    if (reason)
        resource.reason = reason;
    if (classified.forgetsOld)
        resource.forgetsOld = true;
    const interesting = resource.action !== 'no-op' || resource.previousAddress !== undefined || resource.importId !== undefined;
    return interesting ? resource : undefined;
}
function outputActions(value) {
    if (!json_plan_isObject(value))
        return [];
    const direct = value.actions;
    if (Array.isArray(direct))
        return direct.filter((a) => typeof a === 'string');
    // Tolerate a nested `change` object as well.
    if (json_plan_isObject(value.change) && Array.isArray(value.change.actions)) {
        return value.change.actions.filter((a) => typeof a === 'string');
    }
    return [];
}
function changedOutputs(plan) {
    if (!json_plan_isObject(plan.output_changes))
        return [];
    const names = [];
    for (const [name, value] of Object.entries(plan.output_changes)) {
        const actions = outputActions(value);
        if (actions.some((a) => a !== 'no-op'))
            names.push(name);
    }
    return names.sort();
}
function driftAddresses(plan) {
    const addresses = [];
    for (const entry of asArray(plan.resource_drift)) {
        if (!json_plan_isObject(entry))
            continue;
        const address = asString(entry.address);
        if (address === undefined)
            continue;
        const change = json_plan_isObject(entry.change) ? entry.change : {};
        const { action } = classifyActions(asArray(change.actions));
        const previous = asString(entry.previous_address);
        const moved = previous !== undefined && previous !== '' && previous !== address;
        if (action !== 'no-op' || moved)
            addresses.push(address);
    }
    return addresses;
}
/**
 * Parses `show -json` output (a string or the parsed value) into the plan model.
 *
 * hasChanges follows `-detailed-exitcode`: the JSON `applyable` flag when the plan has one (Terraform >= 1.6);
 * otherwise any resource action (data reads included), move, import, root output change or action invocation.
 * Drift alone is not a change, except in a refresh-only plan (drift but no `resource_changes`), which Terraform
 * considers applyable. An errored plan never has changes (it exits 1).
 */
function parseJsonPlan(json) {
    const plan = loadPlanJson(json);
    const counts = zeroCounts();
    const resources = [];
    const resourceChanges = asArray(plan.resource_changes);
    for (const rc of resourceChanges) {
        if (!json_plan_isObject(rc))
            continue;
        const resource = resourceFromJson(rc);
        if (!resource)
            continue;
        resources.push(resource);
        countResource(counts, resource);
    }
    const outputChanges = changedOutputs(plan);
    const drift = driftAddresses(plan);
    const errored = plan.errored === true;
    const actionInvocations = asArray(plan.action_invocations).length;
    let hasChanges;
    if (errored) {
        hasChanges = false;
    }
    else if (typeof plan.applyable === 'boolean') {
        hasChanges = plan.applyable;
    }
    else {
        const refreshOnly = resourceChanges.length === 0 && drift.length > 0;
        hasChanges = resources.length > 0 || outputChanges.length > 0 || actionInvocations > 0 || refreshOnly;
    }
    return { counts, resources, outputChanges, drift, errored, diagnostics: [], hasChanges, source: 'json' };
}
/** Returns a deep copy of a JSON value with object keys in sorted order (arrays keep their order). */
function sortKeysDeep(value) {
    if (Array.isArray(value))
        return value.map(sortKeysDeep);
    if (json_plan_isObject(value)) {
        const sorted = {};
        for (const key of Object.keys(value).sort()) {
            const v = value[key];
            if (v !== undefined)
                sorted[key] = sortKeysDeep(v);
        }
        return sorted;
    }
    return value;
}
function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * A stable structure of what a plan will do, for an apply-binding hash: the resource changes that do something
 * (address, deposed, previous_address, actions, before, after, after_unknown, importing, replace_paths) sorted by
 * address, and the root output changes, with every object's keys sorted. Timestamps, versions, prior state,
 * configuration and no-op resources are left out, so two renderings of the same plan give the same structure.
 */
function normaliseChangesForHash(json) {
    const plan = loadPlanJson(json);
    const resources = [];
    for (const rc of asArray(plan.resource_changes)) {
        if (!json_plan_isObject(rc))
            continue;
        const address = asString(rc.address);
        if (address === undefined)
            continue;
        const change = json_plan_isObject(rc.change) ? rc.change : {};
        const actions = asArray(change.actions).filter((a) => typeof a === 'string');
        const previous = asString(rc.previous_address);
        const moved = previous !== undefined && previous !== '' && previous !== address;
        const importing = json_plan_isObject(change.importing) ? change.importing : undefined;
        const noop = actions.length === 0 || actions.every((a) => a === 'no-op');
        if (noop && !moved && !importing)
            continue;
        const deposed = asString(rc.deposed) ?? '';
        resources.push({
            sortKey: `${address}\u0000${deposed}`,
            value: sortKeysDeep({
                address,
                deposed: deposed || null,
                previous_address: moved ? previous : null,
                actions,
                before: change.before ?? null,
                after: change.after ?? null,
                after_unknown: change.after_unknown ?? null,
                importing: importing ?? null,
                replace_paths: change.replace_paths ?? null
            })
        });
    }
    resources.sort((a, b) => compareStrings(a.sortKey, b.sortKey));
    const outputs = {};
    if (json_plan_isObject(plan.output_changes)) {
        for (const name of Object.keys(plan.output_changes).sort()) {
            const value = plan.output_changes[name];
            const actions = outputActions(value);
            if (!actions.some((a) => a !== 'no-op'))
                continue;
            const change = json_plan_isObject(value) && Array.isArray(value.actions) ? value : json_plan_isObject(value) ? value.change : {};
            const c = json_plan_isObject(change) ? change : {};
            outputs[name] = sortKeysDeep({
                actions,
                before: c.before ?? null,
                after: c.after ?? null,
                after_unknown: c.after_unknown ?? null
            });
        }
    }
    return { output_changes: outputs, resource_changes: resources.map((r) => r.value) };
}
/** sha256 (hex) over the JSON text of a normalised structure from normaliseChangesForHash. */
function hashNormalisedChanges(normalised) {
    return createHash('sha256').update(JSON.stringify(normalised)).digest('hex');
}

;// CONCATENATED MODULE: ./src/core/plan/plan-hash.ts
/**
 * What a plan hash covers. The hash tells "the plan reviewers saw" from "the plan made now" (verify-reviewed), so it
 * must be the same for the same plan in any run (no timestamps, temp paths, log prefixes, ANSI codes, redaction,
 * ordering) and different when a resource, an action or a value differs.
 *
 * - With a JSON plan (`show -json`, what the action makes with `--json-out-dir`): the normalised resource and output
 *   changes (json-plan.ts `normaliseChangesForHash`: address, actions, before/after values, unknowns, imports, moves,
 *   replace paths; sorted; no-ops, drift and prior state left out).
 * - With plan text only: the parsed resources and counts, and the lines of the planned changes themselves (values
 *   included), from the actions header to the end of the plan body, without blank lines, trailing spaces, warning
 *   boxes or the tool's name (`Terraform/OpenTofu will perform…`).
 * A unit's hash also covers its status, so a unit that failed never matches one that planned.
 */

/** Lines that open the planned changes in plan text (not included themselves: they name the tool). */
const ACTIONS_START = [
    / will perform the following actions:$/,
    / planned the following actions, but then encountered a problem:$/,
    /^Changes to Outputs:$/,
    /^An execution plan has been generated and is shown below\.$/
];
/**
 * The planned-change lines of a plan body (display.ts `extractPlanBody` output): from the first actions header to
 * the end, blank lines and warning/error boxes dropped, trailing spaces trimmed. Empty when the body has no
 * planned changes (e.g. `No changes.`).
 */
function textChangesForHash(body) {
    const lines = body.replace(/\r\n?/g, '\n').split('\n');
    const start = lines.findIndex((l) => ACTIONS_START.some((re) => re.test(l.trim())));
    if (start < 0)
        return [];
    const out = [];
    let inBox = false;
    for (const raw of lines.slice(start)) {
        const line = raw.trimEnd();
        const trimmed = line.trim();
        if (trimmed.startsWith('╷'))
            inBox = true;
        if (inBox) {
            if (trimmed.startsWith('╵'))
                inBox = false;
            continue;
        }
        if (trimmed === '' || / will perform the following actions:$/.test(trimmed))
            continue;
        if (/ planned the following actions, but then encountered a problem:$/.test(trimmed))
            continue;
        out.push(line);
    }
    return out;
}
/** How long a unit hash in the comment marker is (hex digits of sha256: 128 bits). */
const UNIT_HASH_LENGTH = 32;
/** One unit's plan hash: its status and what `hashInput` covers; independent of the unit's path and of redaction. */
function unitPlanHash(unit) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify([unit.status, unit.hashInput ?? null]))
        .digest('hex')
        .slice(0, UNIT_HASH_LENGTH);
}

;// CONCATENATED MODULE: ./src/core/plan/unit-plan.ts









/**
 * OpenTofu's own diagnostic boxes (`╷ … ╵` at the start of a line) from stderr. When there are any, they are what a
 * reviewer needs; Terragrunt's log lines around them only repeat them. Without boxes (e.g. Terragrunt could not read
 * its config) the caller shows stderr as it is.
 */
function diagnosticBoxes(stderr) {
    const boxes = [];
    let inBox = false;
    const lines = stderr.split('\n');
    for (const line of lines) {
        if (line.startsWith('╷'))
            inBox = true;
        if (inBox)
            boxes.push(line);
        if (inBox && line.startsWith('╵'))
            inBox = false;
    }
    if (boxes.length > 0)
        return boxes.join('\n').trim();
    // with -no-color (which the action passes) Terraform and OpenTofu print diagnostics without the box:
    // `Error: summary`, a blank line, the detail (format.DiagnosticPlain, seen from terraform 1.11)
    const start = lines.findIndex((l) => /^(Error|Warning): /.test(l));
    return start < 0 ? '' : lines.slice(start).join('\n').trim();
}
/** True when stderr holds an error diagnostic, boxed or plain (`-no-color`). */
function hasErrorDiagnostic(stderr) {
    return /(^|\n)(│ )?Error: /.test(stderr);
}
/** The first error diagnostic of a run, as one line for the table. */
function firstError(plan, stderr) {
    const fromPlan = plan?.diagnostics.find((d) => d.severity === 'error');
    if (fromPlan)
        return (0,user_error/* oneLine */.T)(fromPlan.summary, 200);
    const fromStderr = parseTextPlan(stderr).diagnostics.find((d) => d.severity === 'error');
    if (fromStderr)
        return (0,user_error/* oneLine */.T)(fromStderr.summary, 200);
    const lastLine = stderr
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .at(-1);
    return lastLine ? (0,user_error/* oneLine */.T)(lastLine, 200) : undefined;
}
/**
 * Turns one unit's raw outputs into the model. JSON decides status and counts where it exists (the unit's own
 * result, never Terragrunt's aggregate); text is what a reviewer reads.
 */
function buildUnitPlan(input) {
    const text = cleanTerminalText(input.text);
    const stderr = cleanTerminalText(input.stderr ?? '');
    let plan;
    let hashInput;
    let jsonProblem;
    let document;
    if (input.json) {
        try {
            // Parsed once for the facts, the hash and (without text) the diff.
            document = loadPlanJson(input.json);
            plan = parseJsonPlan(document);
            hashInput = normaliseChangesForHash(document);
        }
        catch (e) {
            jsonProblem = e.message;
        }
    }
    if (!plan && text.trim())
        plan = parseTextPlan(text);
    const body = extractPlanBody(text);
    const errorText = diagnosticBoxes(stderr) || stderr.trim();
    const errorBody = errorText ? `${body}${body ? '\n\n' : ''}${errorText}` : body;
    const failed = input.failure !== undefined || input.exitCode === 1 || plan?.errored === true || (!plan && input.exitCode !== 0);
    if (failed) {
        const error = input.failure ??
            firstError(plan, stderr) ??
            jsonProblem ??
            (input.exitCode === undefined ? 'no plan output' : `exit code ${input.exitCode}`);
        return {
            path: input.path,
            status: 'error',
            counts: plan?.counts ?? zeroCounts(),
            destroyed: [],
            replaced: [],
            error,
            text: errorBody,
            plan,
            hashInput
        };
    }
    const resolved = plan ?? parseTextPlan('');
    const hasChanges = resolved.hasChanges || input.exitCode === 2;
    // A JSON plan alone (Terragrunt's --json-out-dir writes no text): the diff is built from it.
    const shown = body.trim() === '' && document !== undefined ? jsonPlanText(document, resolved.counts) : body;
    return {
        path: input.path,
        status: hasChanges ? 'changes' : 'no-changes',
        counts: resolved.counts,
        destroyed: resolved.resources.filter((r) => r.action === 'delete').map((r) => r.address),
        replaced: resolved.resources.filter((r) => r.action === 'replace').map((r) => r.address),
        text: shown,
        plan: resolved,
        // Without JSON: the parsed resources and the planned-change lines (values included), see plan-hash.ts.
        hashInput: hashInput ?? {
            resources: resolved.resources,
            counts: resolved.counts,
            changes: textChangesForHash(body)
        }
    };
}
/**
 * Totals, flags, each unit's plan hash and the plan hash over all units (sorted by path, so the hash does not
 * depend on run order).
 */
function buildPlanResult(units) {
    const sorted = [...units]
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
        .map((u) => ({ ...u, hash: unitPlanHash(u) }));
    const totals = sorted.reduce((sum, u) => addCounts(sum, u.counts), zeroCounts());
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const u of sorted)
        hash.update(JSON.stringify([u.path, u.status, u.hashInput ?? null]));
    return {
        units: sorted,
        totals,
        hasChanges: sorted.some((u) => u.status === 'changes'),
        hasDestroy: totals.destroy > 0 || totals.replace > 0,
        planHash: hash.digest('hex')
    };
}

// EXTERNAL MODULE: ./src/core/render/redact.ts
var render_redact = __webpack_require__(6483);
// EXTERNAL MODULE: ./src/core/action/actions-core.ts
var actions_core = __webpack_require__(4765);
;// CONCATENATED MODULE: ./src/terragrunt-plan-comment/outputs.ts

/** Sets the step's outputs from the (already redacted) result. */
function setOutputs(result, reportPath) {
    const t = result.totals;
    actions_core/* setOutput */.uH('has-changes', String(result.hasChanges));
    actions_core/* setOutput */.uH('has-destroy', String(result.hasDestroy));
    for (const [name, value] of Object.entries({
        add: t.add,
        change: t.change,
        destroy: t.destroy,
        replace: t.replace,
        import: t.import,
        move: t.move
    })) {
        actions_core/* setOutput */.uH(name, String(value));
    }
    actions_core/* setOutput */.uH('units-json', JSON.stringify(result.units.map((u) => ({
        path: u.path,
        status: u.status,
        ...u.counts,
        destroyed: u.destroyed,
        replaced: u.replaced,
        error: u.error ?? null
    }))));
    actions_core/* setOutput */.uH('report-path', reportPath);
    actions_core/* setOutput */.uH('plan-hash', result.planHash);
}
/** One log line per planned unit. */
function logUnits(result) {
    for (const u of result.units)
        actions_core/* info */.pq(`  ${u.path}: ${u.status}${u.error ? ` (${u.error})` : ''}`);
}
/** Annotates each unit that failed to plan and fails the step when `fail-on` says so. */
function reportFailures(result, failOn) {
    for (const u of result.units.filter((x) => x.status === 'error')) {
        actions_core/* error */.z3(`${u.path}: ${u.error ?? 'plan failed'}`, { title: 'Terragrunt plan failed' });
    }
    const failure = failureReason(result, failOn);
    if (failure)
        actions_core/* setFailed */.C1(failure);
}
/** Why the step fails, or undefined when it passes. */
function failureReason(result, failOn) {
    const errors = result.units.filter((u) => u.status === 'error');
    if (failOn !== 'never' && errors.length > 0) {
        const names = errors
            .slice(0, 5)
            .map((u) => u.path)
            .join(', ');
        return `${errors.length} unit(s) failed to plan: ${names}${errors.length > 5 ? ', …' : ''} (see the job summary)`;
    }
    if (failOn === 'changes' && result.hasChanges)
        return 'The plan has changes and fail-on is `changes`.';
    if (failOn === 'destroy' && result.hasDestroy) {
        return `The plan destroys or replaces ${result.totals.destroy} resource(s) and fail-on is \`destroy\`.`;
    }
    return undefined;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/action/log.ts
var log = __webpack_require__(1732);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./src/core/terragrunt/plugin-cache.ts





/**
 * @actions/cache (with its Azure and protobuf clients) is half of the bundle; it is loaded when the plugin cache is
 * first used, after discovery and the pull request's file list, so a run reaches its first API call sooner.
 */
const loadCache = () => Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(62), __webpack_require__.e(512), __webpack_require__.e(312)]).then(__webpack_require__.bind(__webpack_require__, 9312));
const actionsCache = {
    isAvailable: async () => (await loadCache()).isFeatureAvailable(),
    restore: async (paths, key, restoreKeys) => (await loadCache()).restoreCache(paths, key, restoreKeys),
    save: async (paths, key) => {
        await (await loadCache()).saveCache(paths, key);
    }
};
/** `OpenTofu v1.10.6` / `Terraform v1.11.4` (first line of `version`) → the tool, or undefined. */
function parseTfVersion(text) {
    const m = /^(OpenTofu|Terraform) v(\d+\.\d+\.\d+\S*)/m.exec(text);
    if (!m)
        return undefined;
    return { name: m[1] === 'OpenTofu' ? 'tofu' : 'terraform', version: m[2] };
}
/** From this OpenTofu on, concurrent `init`s may share a plugin cache (it locks the cache directory). */
const SAFE_TOFU = '1.10.0';
/** Terragrunt sets TF_PLUGIN_CACHE_DIR itself for OpenTofu ≥ 1.10 from here (commands.go at v0.89.0, v1.1.3). */
const TERRAGRUNT_MANAGES_CACHE = '0.89.0';
/**
 * Whether a plugin cache is safe here, and whose. Concurrent `init`s that share TF_PLUGIN_CACHE_DIR corrupt it in
 * Terraform (hashicorp/terraform#31964: one init unpacks a provider while another reads it) and in OpenTofu before
 * 1.10, so with those a shared cache is used only when units are planned one at a time. Terragrunt ≥ 0.89 with
 * OpenTofu ≥ 1.10 sets TF_PLUGIN_CACHE_DIR to `<user cache>/terragrunt/providers` itself unless it is set already
 * (setupAutoProviderCacheDir, internal/cli/commands/commands.go:384 at v1.1.3): then we leave the variable alone
 * and only carry that directory between runs.
 */
function decidePluginCache(f) {
    if (!f.tool)
        return { mode: 'off', reason: 'the OpenTofu/Terraform version could not be read' };
    const safeTool = f.tool.name === 'tofu' && semver_default().gte(semver_default().coerce(f.tool.version) ?? '0.0.0', SAFE_TOFU);
    const label = `${f.tool.name === 'tofu' ? 'OpenTofu' : 'Terraform'} ${f.tool.version}`;
    if (!safeTool && f.parallelism > 1) {
        return {
            mode: 'off',
            reason: `${label} does not lock a shared plugin cache, and ${f.parallelism} units initialise at once (set parallelism to 1, or use OpenTofu 1.10 or later)`
        };
    }
    if (f.presetDir)
        return { mode: 'ours', dir: f.presetDir, tool: f.tool };
    const tg = semver_default().coerce(f.terragruntVersion);
    if (safeTool && tg && semver_default().gte(tg, TERRAGRUNT_MANAGES_CACHE)) {
        return { mode: 'terragrunt', dir: (0,external_node_path_.join)(f.userCacheDir, 'terragrunt', 'providers'), tool: f.tool };
    }
    return { mode: 'ours', dir: f.ourDir, tool: f.tool };
}
/** sha256 over every `.terraform.lock.hcl` below `root` (outside `.terragrunt-cache`), in path order. */
async function hashLockFiles(root) {
    const glob = await __webpack_require__.e(/* import() */ 62).then(__webpack_require__.bind(__webpack_require__, 9062));
    const globber = await glob.create([`${root}/**/.terraform.lock.hcl`, `!${root}/**/.terragrunt-cache/**`].join('\n'), {
        followSymbolicLinks: false
    });
    const files = (await globber.glob()).sort();
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const file of files) {
        hash.update(file.slice(root.length));
        hash.update(await (0,promises_.readFile)(file));
    }
    return hash.digest('hex').slice(0, 32);
}
/** What the cache directory holds: every file's path and size (provider packages never change in place). */
async function snapshotDir(dir) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const entries = await (0,promises_.readdir)(dir, { recursive: true, withFileTypes: true }).catch(() => []);
    const files = [];
    for (const e of entries) {
        if (!e.isFile() && !e.isSymbolicLink())
            continue;
        const path = (0,external_node_path_.join)(e.parentPath, e.name);
        const size = await (0,promises_.stat)(path).then((s) => s.size, () => -1);
        files.push(`${(0,external_node_path_.relative)(dir, path)}\u0000${size}`);
    }
    for (const f of files.sort())
        hash.update(`${f}\n`);
    return hash.digest('hex');
}
/**
 * Restores the provider plugin cache keyed by the tool, its version and the lock files, so each unit's `init`
 * links providers instead of downloading them. Returns undefined (and says why) when the cache service is not there.
 */
async function restorePluginCache(store, plan, root, platform, log) {
    if (!(await store.isAvailable())) {
        log('Plugin cache: the Actions cache service is not available here; providers will be downloaded.');
        return undefined;
    }
    await (0,promises_.mkdir)(plan.dir, { recursive: true });
    const prefix = `gitops-actions-tf-plugins-${platform}-${plan.tool.name}-${plan.tool.version}-`;
    const key = `${prefix}${await hashLockFiles(root)}`;
    let restoredKey;
    try {
        restoredKey = await store.restore([plan.dir], key, [prefix]);
        log(restoredKey ? `Plugin cache: restored ${restoredKey}` : `Plugin cache: no entry yet for ${key}`);
    }
    catch (e) {
        log(`Plugin cache: restore failed (${e.message}); continuing without it.`);
    }
    return { dir: plan.dir, key, restoredKey, snapshot: await snapshotDir(plan.dir) };
}
/** Saves the cache under its key when the run added to it (an exact hit that gained nothing is not saved again). */
async function savePluginCache(store, cacheState, log) {
    if ((await snapshotDir(cacheState.dir)) === cacheState.snapshot) {
        log('Plugin cache: unchanged, not saved.');
        return;
    }
    if (cacheState.restoredKey === cacheState.key) {
        // a cache entry is immutable: new providers under an exact hit wait for the next lock file change
        log(`Plugin cache: ${cacheState.key} exists; new providers are saved with the next lock file change.`);
        return;
    }
    try {
        await store.save([cacheState.dir], cacheState.key);
        log(`Plugin cache: saved ${cacheState.key}`);
    }
    catch (e) {
        log(`Plugin cache: not saved (${e.message}).`);
    }
}

;// CONCATENATED MODULE: ./src/core/terragrunt/cli.ts




/**
 * The CLI redesign (`--working-dir`, `find`, `run --all`) arrived in 0.73, but up to 0.77.21 `run` and `find` refuse
 * to work without `--experiment cli-redesign` (cli/commands/run/cli.go:38 at v0.77.21), and before 0.77 `run --all`
 * had no `--out-dir`/`--json-out-dir` (cli/commands/run-all/command.go at v0.73.0). 0.77.22 is the first release
 * without the gate: we require it rather than drive an experimental CLI.
 */
const MIN_TERRAGRUNT = '0.77.22';
function run(cli, args, cwd) {
    return cli.runner.run(cli.binary, args, {
        cwd,
        timeoutMs: cli.deadline?.remaining(),
        env: { ...cli.env, TF_IN_AUTOMATION: '1', TF_INPUT: '0' }
    });
}
/** `terragrunt --version` → `0.93.4`, or undefined when it cannot be read. */
async function terragruntVersion(cli, cwd) {
    const res = await run(cli, ['--version'], cwd);
    return /v?(\d+\.\d+\.\d+[\w.-]*)/.exec(res.stdout)?.[1];
}
/**
 * Fails early, in one line naming the input, when the Terragrunt binary is missing or older than the CLI this
 * action speaks; otherwise every unit would fail with the same confusing flag error.
 */
async function checkTerragrunt(cli, cwd, input = 'terragrunt-binary') {
    let version;
    try {
        version = await terragruntVersion(cli, cwd);
    }
    catch (e) {
        if (e.code === 'ENOENT') {
            throw new user_error/* UserError */.y(`Input '${input}': '${cli.binary}' was not found on PATH; install Terragrunt ${MIN_TERRAGRUNT} or later in an earlier step.`);
        }
        throw e;
    }
    const parsed = version ? semver_default().coerce(version) : null;
    if (!parsed)
        throw new user_error/* UserError */.y(`Input '${input}': '${cli.binary} --version' did not print a Terragrunt version.`);
    if (semver_default().lt(parsed, MIN_TERRAGRUNT)) {
        throw new user_error/* UserError */.y(`Input '${input}': Terragrunt ${version} is older than ${MIN_TERRAGRUNT}, the oldest this action supports (the first whose \`run --all\` and \`find\` need no --experiment cli-redesign); install ${MIN_TERRAGRUNT} or later.`);
    }
    return version;
}
/**
 * `terragrunt find --json --dependencies`: Terragrunt's own view of the units and their dependencies. Undefined
 * when this Terragrunt has no `find` (older than the CLI redesign), so the caller falls back to scanning.
 */
async function findUnitsJson(cli, root, extraArgs = []) {
    const res = await run(cli, ['find', '--json', '--dependencies', ...extraArgs, '--working-dir', root, '--no-color'], root);
    if (res.exitCode !== 0)
        return undefined;
    const start = res.stdout.indexOf('[');
    return start >= 0 ? res.stdout.slice(start) : undefined;
}
/**
 * A `terragrunt-binary` (or `tf-binary`) given as a relative path (`./bin/terragrunt`, `tools/terragrunt`) means a
 * file in the workspace, wherever the action runs from; a bare name is looked up on PATH as usual.
 */
function resolveBinary(binary, workspace) {
    if (!/[\\/]/.test(binary) || (0,external_node_path_.isAbsolute)(binary))
        return binary;
    return (0,external_node_path_.resolve)(workspace, binary);
}
/**
 * The OpenTofu/Terraform Terragrunt will run and its version (`<tf-binary> version`; without a tf-binary `tofu`,
 * else `terraform`, the order Terragrunt picks them in). Undefined when neither answers.
 */
async function tfToolVersion(cli, cwd) {
    for (const binary of cli.tfBinary ? [cli.tfBinary] : ['tofu', 'terraform']) {
        try {
            const res = await cli.runner.run(binary, ['version'], { cwd, timeoutMs: cli.deadline?.remaining() });
            const tool = parseTfVersion(res.stdout);
            if (tool)
                return tool;
        }
        catch {
            // not installed: try the next one
        }
    }
    return undefined;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/core/terragrunt/files.ts



/** `./a\\b/` → `a/b`, absolute paths relative to `root` when given; `` → `.`. */
function normaliseUnitPath(path, root) {
    let p = path.trim().replace(/\\/g, '/');
    if (root && ((0,external_node_path_.isAbsolute)(p) || p.startsWith('/'))) {
        p = external_node_path_.posix.relative(root.replace(/\\/g, '/').replace(/\/+$/, '') || '/', p);
    }
    p = external_node_path_.posix.normalize(p || '.');
    p = p.replace(/^(?:\.\/)+/, '').replace(/\/+$/, '');
    return p === '' ? '.' : p;
}
/** The file's text, or undefined when it cannot be read (missing, a directory, no permission). */
async function readIfExists(path) {
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch {
        return undefined;
    }
}
/**
 * readIfExists without a round trip through the event loop per file: for reading every unit's files one after the
 * other once a run is over, when nothing else is waiting.
 */
function readIfExistsSync(path) {
    try {
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch {
        return undefined;
    }
}
/**
 * The JSON object in `text`, or the text itself when it holds no JSON object (whoever reads it reports the problem
 * as for the text): either way as truthy as the text.
 */
function parsedOrText(text) {
    try {
        const value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
        return typeof value === 'object' && value !== null ? value : text;
    }
    catch {
        return text;
    }
}

;// CONCATENATED MODULE: ./src/core/terragrunt/logs.ts



const PRETTY = /^(\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?) (STDOUT|STDERR|TRACE|DEBUG|INFO|WARN|ERROR|FATAL)(?= |$)/;
const KEY_VALUE = /^time=(\S+) level=(\S+)(?: prefix=(\S+))?(?: tf-path=(\S+))? msg=(.*)$/;
const LOGRUS = /^(TRAC|DEBU|INFO|WARN|ERRO|FATA|PANI|STDO|STDE)\[(\d{4,})\] ?(.*)$/;
const LOGRUS_PREFIX_FIELD = /\s+prefix=\[([^\]]*)\]\s*$/;
const LEGACY_TG = /^\[terragrunt\](?: \[([^\]]+)\])?(?: \d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2})? ?(.*)$/;
const LEGACY_PREFIX = /^\[([^\]=\s][^\]=]*)\](?: (.*))?$/;
const PATHLIKE = /^(?:\.{1,2}(?:[\\/].*)?|[\\/].*|[A-Za-z]:[\\/].*|[\w.@+-]+(?:[\\/][\w.@+ -]+)*)$/;
const HEADER_0X = /^The stack at (.+) will be processed in the following order for command \S+:$/;
const HEADER_QUEUE = /^Unit queue will be processed for \S+ in this order:$/;
const HEADER_DAG = /^The following units will be run, starting with dependencies and then their dependents:$/;
const HEADER_CONTINUATION = /^(?:Group \d+|- (?:Module|Unit) .+|\.|[\s│]*[├╰└]── .+|\s*)$/;
const SUMMARY_HEADER = /^❯❯ Run Summary\s+(\d+) units?(?:\s+(\S+))?\s*$/;
const SUMMARY_LABELS = {
    Succeeded: 'succeeded',
    Failed: 'failed',
    'Early Exits': 'early exit',
    Excluded: 'excluded'
};
const LEVEL_NAMES = {
    trac: 'TRACE',
    trace: 'TRACE',
    debu: 'DEBUG',
    debug: 'DEBUG',
    info: 'INFO',
    warn: 'WARN',
    warning: 'WARN',
    erro: 'ERROR',
    error: 'ERROR',
    fata: 'FATAL',
    fatal: 'FATAL',
    pani: 'PANIC',
    stdo: 'STDOUT',
    stdout: 'STDOUT',
    stde: 'STDERR',
    stderr: 'STDERR'
};
function levelName(level) {
    return LEVEL_NAMES[level.toLowerCase()] ?? level.toUpperCase();
}
/** Decides the dominant format from line shapes; `entries[i]` is line i read as a json log entry, if it is one. */
function detectFormat(lines, entries) {
    let json = 0;
    let pretty = 0;
    let kv = 0;
    let logrus = 0;
    let legacy = 0;
    let logrusField = false;
    let bareField = false;
    for (const [i, line] of lines.entries()) {
        if (entries[i])
            json++;
        else if (PRETTY.test(line))
            pretty++;
        else if (KEY_VALUE.test(line))
            kv++;
        else if (LOGRUS.test(line)) {
            logrus++;
            if (line.includes('\t prefix=['))
                bareField = true;
        }
        else if (LEGACY_TG.test(line) || isLegacyPrefixLine(line))
            legacy++;
        if (/^\s+prefix=\[[^\]]*\]\s*$/.test(line) || /\S {2,}prefix=\[[^\]]*\]\s*$/.test(line))
            logrusField = true;
    }
    const enriched = Math.max(json, pretty, kv);
    if (enriched > 0)
        return json === enriched ? 'json' : pretty === enriched ? 'pretty' : 'key-value';
    if (legacy > 0 && legacy >= logrus)
        return 'legacy-prefix';
    if (logrus > 0)
        return logrusField && !bareField ? 'logrus' : 'bare';
    return 'bare';
}
function isLegacyPrefixLine(line) {
    const m = LEGACY_PREFIX.exec(line);
    return !!m && PATHLIKE.test(m[1]) && !/^\d+$/.test(m[1]);
}
function parseJsonEntry(line) {
    let value;
    try {
        value = JSON.parse(line);
    }
    catch {
        return undefined;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return undefined;
    const obj = value;
    if (typeof obj.level !== 'string' || !('msg' in obj || 'time' in obj))
        return undefined;
    return {
        level: obj.level,
        msg: stripAnsi(typeof obj.msg === 'string' ? obj.msg : obj.msg === undefined ? '' : JSON.stringify(obj.msg)),
        workingDir: typeof obj['working-dir'] === 'string' ? obj['working-dir'] : undefined,
        tfPath: typeof obj['tf-path'] === 'string' && obj['tf-path'] !== '' ? obj['tf-path'] : undefined
    };
}
class Collector {
    root;
    units = new Map();
    unattributed = [];
    queue = [];
    summary;
    pending = new Map();
    /** normaliseUnitPath per raw path: the same few paths come back on every line. */
    normalised = new Map();
    constructor(root) {
        this.root = root;
    }
    norm(path) {
        let p = this.normalised.get(path);
        if (p === undefined) {
            p = normaliseUnitPath(path, this.root);
            this.normalised.set(path, p);
        }
        return p;
    }
    unit(path) {
        const key = this.norm(path);
        let u = this.units.get(key);
        if (!u) {
            u = { stdout: [], stderr: [], logs: [] };
            this.units.set(key, u);
        }
        return u;
    }
    /** A raw chunk of tofu output (json format): joined with the unit's previous chunk, split into lines. */
    chunk(unit, stream, text) {
        const key = `${stream}\u0000${this.norm(unit)}`;
        const parts = ((this.pending.get(key) ?? '') + text).split('\n');
        this.pending.set(key, parts.pop());
        this.unit(unit)[stream].push(...parts);
    }
    flush() {
        for (const [key, rest] of this.pending) {
            if (rest === '')
                continue;
            const [stream, unit] = key.split('\u0000');
            this.unit(unit)[stream].push(rest);
        }
        this.pending.clear();
    }
    /** Terragrunt's own message: to the unit's logs, or unattributed for the run itself. */
    log(level, msg, unit) {
        const target = unit !== undefined && this.norm(unit) !== '.' ? this.unit(unit).logs : this.unattributed;
        const name = levelName(level);
        for (const line of msg.split('\n'))
            if (line.trim() !== '')
                target.push(`${name} ${line}`);
    }
    addQueue(path) {
        const p = normaliseUnitPath(path, this.root);
        if (p !== '.' && !this.queue.includes(p))
            this.queue.push(p);
    }
}
/**
 * Without `root`, the json format's absolute paths are made relative to the working dir of Terragrunt's first own
 * message with an absolute one (run-level messages carry the run's absolute working dir), else to the deepest
 * directory common to all of them. Unit entries of Terragrunt ≥ 0.95 are relative already and stay as they are.
 */
function inferJsonRoot(entries) {
    const dirs = [];
    for (const e of entries) {
        if (!e?.workingDir || !(0,external_node_path_.isAbsolute)(e.workingDir))
            continue;
        if (!e.tfPath)
            return e.workingDir;
        dirs.push(e.workingDir.replace(/\\/g, '/'));
    }
    if (dirs.length === 0)
        return undefined;
    let common = dirs[0].split('/');
    for (const d of dirs.slice(1)) {
        const parts = d.split('/');
        let i = 0;
        while (i < common.length && i < parts.length && common[i] === parts[i])
            i++;
        common = common.slice(0, i);
    }
    return common.join('/') || '/';
}
function isTfPath(name, tfNames) {
    return tfNames.has(name);
}
/** Parses the queue header lines (first line included); returns true when `first` is a header. */
function readHeader(lines, c) {
    const first = lines[0]?.trim() ?? '';
    if (!HEADER_0X.test(first) && !HEADER_QUEUE.test(first) && !HEADER_DAG.test(first))
        return false;
    for (const line of lines.slice(1))
        readHeaderLine(line, c);
    return true;
}
function readHeaderLine(line, c) {
    const m = /^- (?:Module|Unit) (.+)$/.exec(line.trim()) ?? /^[\s│]*[├╰└]── (.+)$/.exec(line);
    if (m)
        c.addQueue(m[1].trim());
}
function newSummary(m) {
    return {
        units: Number(m[1]),
        duration: m[2] ?? '',
        succeeded: 0,
        failed: 0,
        earlyExits: 0,
        excluded: 0,
        perUnit: []
    };
}
const COUNT_FIELD = {
    succeeded: 'succeeded',
    failed: 'failed',
    'early exit': 'earlyExits',
    excluded: 'excluded'
};
/** One line inside the summary block; false when the line ends the block. */
function readSummaryLine(line, s, state, root) {
    if (line.trim() === '')
        return true;
    if (!/^\s/.test(line))
        return false;
    const t = line.trim();
    if (/^─+$/.test(t))
        return true;
    let m = /^(Succeeded|Failed|Early Exits|Excluded)\s+(\d+)$/.exec(t);
    if (m) {
        s[COUNT_FIELD[SUMMARY_LABELS[m[1]]]] = Number(m[2]);
        return true;
    }
    m = /^(Succeeded|Failed|Early Exits|Excluded) \((\d+)\)$/.exec(t);
    if (m) {
        state.group = SUMMARY_LABELS[m[1]];
        s[COUNT_FIELD[state.group]] = Number(m[2]);
        return true;
    }
    m = /^(.*\S)\s+(\d+(?:\.\d+)?(?:ns|µs|us|ms|s|m|h))$/.exec(t);
    if (m && state.group) {
        s.perUnit.push({ unit: normaliseUnitPath(m[1], root), result: state.group, duration: m[2] });
        return true;
    }
    return true;
}
/**
 * Splits Terragrunt's output (stdout and stderr, together or apart) into each unit's OpenTofu stdout, stderr and
 * Terragrunt log lines. Unit paths are relative to the run's working dir (`options.root` relativises absolute ones).
 */
function demuxTerragruntLog(text, options = {}) {
    const tfNames = new Set(['tofu', 'terraform', ...(options.tfPathNames ?? [])]);
    let normalised = stripAnsi(text).replace(/\r\n/g, '\n');
    if (normalised.endsWith('\n'))
        normalised = normalised.slice(0, -1);
    const lines = normalised === '' ? [] : normalised.split('\n');
    // each json line parsed once, for the format, the root and the entries themselves
    const entries = lines.map((line) => (line.startsWith('{') ? parseJsonEntry(line) : undefined));
    const format = detectFormat(lines, entries);
    const root = options.root ?? (format === 'json' ? inferJsonRoot(entries) : undefined);
    const c = new Collector(root);
    const enriched = format === 'json' || format === 'pretty' || format === 'key-value';
    let cont;
    let summary;
    const tgMessage = (level, msg, unit) => {
        const msgLines = msg.split('\n');
        if (readHeader(msgLines, c)) {
            cont = { kind: 'header' };
            return;
        }
        c.log(level, msg, unit);
        cont = /errors? occurred:\s*$/.test(msgLines[0] ?? '') ? { kind: 'error', unit, level } : undefined;
    };
    const tfOutput = (level, msg, unit, chunked) => {
        const name = levelName(level);
        cont = undefined;
        if (name === 'STDOUT' || name === 'STDERR') {
            const stream = name === 'STDOUT' ? 'stdout' : 'stderr';
            if (chunked)
                c.chunk(unit, stream, msg);
            else
                c.unit(unit)[stream].push(msg);
        }
        else {
            const logs = c.unit(unit).logs;
            for (const line of msg.split('\n'))
                if (line.trim() !== '')
                    logs.push(`${name} ${line}`);
        }
    };
    for (const [i, line] of lines.entries()) {
        if (summary) {
            if (readSummaryLine(line, summary.s, summary.state, root))
                continue;
            summary = undefined;
        }
        const sm = SUMMARY_HEADER.exec(line.trim());
        if (sm) {
            c.summary = newSummary(sm);
            summary = { s: c.summary, state: {} };
            cont = undefined;
            continue;
        }
        // --- json
        const e = entries[i];
        if (e) {
            if (e.tfPath)
                tfOutput(e.level, e.msg, e.workingDir ?? '.', true);
            else
                tgMessage(e.level, e.msg, e.workingDir);
            continue;
        }
        // --- pretty
        const pm = PRETTY.exec(line);
        if (pm) {
            const level = pm[2];
            let rest = line.slice(pm[0].length);
            const pad = Math.max(1, 7 - level.length);
            let i = 0;
            while (i < pad && rest[i] === ' ')
                i++;
            rest = rest.slice(i);
            let unit;
            const um = /^\[([^\]]+)\] ?/.exec(rest);
            if (um) {
                unit = um[1];
                rest = rest.slice(um[0].length);
            }
            const stream = level === 'STDOUT' || level === 'STDERR';
            const tm = /^([^\s:[\]]+):(?: |$)/.exec(rest);
            if (tm && (stream || isTfPath(tm[1], tfNames))) {
                tfOutput(level, rest.slice(tm[0].length), unit ?? '.', false);
            }
            else if (stream) {
                tfOutput(level, rest, unit ?? '.', false);
            }
            else {
                tgMessage(level, rest, unit);
            }
            continue;
        }
        // --- key-value
        const kv = KEY_VALUE.exec(line);
        if (kv) {
            const [, , level, prefix, tfPath, msg] = kv;
            if (tfPath)
                tfOutput(level, msg, prefix ?? '.', false);
            else
                tgMessage(level, msg, prefix);
            continue;
        }
        // --- bare / logrus Terragrunt line
        const lm = LOGRUS.exec(line);
        if (lm) {
            let msg = lm[3];
            let unit;
            const field = LOGRUS_PREFIX_FIELD.exec(msg);
            if (field) {
                unit = field[1];
                msg = msg.slice(0, field.index);
            }
            tgMessage(lm[1], msg.trimEnd(), unit);
            if (cont?.kind === 'error')
                cont = undefined;
            continue;
        }
        // --- legacy prefixes
        if (format === 'legacy-prefix') {
            const tg = LEGACY_TG.exec(line);
            if (tg) {
                c.log('INFO', tg[2], tg[1]);
                cont = undefined;
                continue;
            }
            const lp = LEGACY_PREFIX.exec(line);
            if (lp && PATHLIKE.test(lp[1]) && !/^\d+$/.test(lp[1])) {
                c.unit(lp[1]).stdout.push(lp[2] ?? '');
                cont = undefined;
                continue;
            }
        }
        // --- continuation of a multi-line Terragrunt message, or raw output
        if (cont?.kind === 'header') {
            if (HEADER_CONTINUATION.test(line)) {
                readHeaderLine(line, c);
                continue;
            }
            cont = undefined;
        }
        else if (cont?.kind === 'error') {
            if (line.trim() === '' || /^\s/.test(line) || /^\* /.test(line)) {
                if (enriched && line.trim() !== '')
                    c.log(cont.level, line, cont.unit);
                if (enriched)
                    continue;
            }
            cont = undefined;
        }
        if (/^\s+prefix=\[[^\]]*\]\s*$/.test(line))
            continue;
        // in the enriched formats a bare blank line belongs to nothing (Terragrunt writes one before the summary)
        if (enriched && line.trim() === '')
            continue;
        c.unattributed.push(line);
    }
    c.flush();
    return { units: c.units, unattributed: c.unattributed, format, queue: c.queue, summary: c.summary };
}
/** `Error: <summary>` of hcl's diagnostic text writer, as Terragrunt logs it (a line per ERROR entry). */
const HCL_DIAG_HEAD = /^(?:Error|Warning): (.+)$/;
/** `  on <file> line <n>[, in <context>]:` */
const HCL_DIAG_ON = /^ {2}on (.+) line (\d+)(?:, in .*)?:$/;
/** A source line of the snippet: `%4d: text`. */
const HCL_DIAG_SNIPPET = /^\s*\d+: /;
/** `Run failed: ` before the run's multi-error (v0.81.1+); from v0.99 main logs the same error again without it. */
const RUN_FAILED = /^Run failed: /;
/**
 * Terragrunt's errors about the run itself (a dependency cycle, a unit configuration that does not parse, the
 * `Run failed:` multi-error of the units' errors, a bad flag): logged with the run's working dir, so they belong to no
 * unit. Each comes back as one line of text, none dropped:
 * - a multi-line message (the multi-error `N errors occurred:` with its `* ` bullets and two-space continuation lines)
 *   is one error;
 * - the HCL diagnostic Terragrunt's parser writes before returning a parse error (`Error: <summary>`, `  on <file> line
 *   <n>:`, the source line, the detail, one log entry each) is one error, `<file>:<n>: <summary>; <detail>`, left out
 *   when the one-line form of the same diagnostic (`<file>:<n>,<col>-<col>: <summary>; <detail>`) follows;
 * - the multi-error logged twice (`Run failed: …`, then the same text again from main, v0.99+) is kept once, with its
 *   `Run failed:`.
 */
function runLevelErrors(log) {
    const lines = [];
    for (const line of log.unattributed) {
        const m = /^(ERROR|FATAL) (.*)$/.exec(line);
        if (m)
            lines.push(m[2]);
    }
    const errors = [];
    /** Diagnostic blocks turned into one error, by index in errors, with their file, line and summary. */
    const diagnostics = new Map();
    for (let i = 0; i < lines.length; i++) {
        const text = lines[i];
        const head = HCL_DIAG_HEAD.exec(text);
        const on = head && i + 1 < lines.length ? HCL_DIAG_ON.exec(lines[i + 1]) : null;
        if (head && on) {
            let j = i + 2;
            while (j < lines.length && HCL_DIAG_SNIPPET.test(lines[j]))
                j++;
            // the detail: the next line, when it is not the start of another message
            const detail = j < lines.length && !HCL_DIAG_HEAD.exec(lines[j]) && !/^\s|^\* /.test(lines[j]) && !isDiagnosticError(lines[j])
                ? lines[j++].trim()
                : '';
            diagnostics.set(errors.length, { file: on[1], line: on[2], summary: head[1] });
            errors.push(`${on[1]}:${on[2]}: ${head[1]}${detail ? `; ${detail}` : ''}`);
            i = j - 1;
            continue;
        }
        // continuation lines of a multi-line error ("* …", indented) belong to the message before them
        if (errors.length > 0 && /^\s|^\* /.test(text))
            errors[errors.length - 1] += ` ${text.trim()}`;
        else
            errors.push(text.trim());
    }
    const kept = errors.filter((e, index) => {
        if (/^Unable to determine underlying exit code/.test(e))
            return false;
        const diag = diagnostics.get(index);
        if (diag) {
            const oneLine = `${diag.file}:${diag.line},`;
            return !errors.some((other, k) => k > index && other.startsWith(oneLine) && other.includes(`: ${diag.summary}`));
        }
        // main's copy of the multi-error already logged with `Run failed:`
        return RUN_FAILED.test(e) || !errors.some((other) => RUN_FAILED.test(other) && other.replace(RUN_FAILED, '') === e);
    });
    return kept;
}
/** `<file>:<line>,<col>-…: summary; detail`, hcl.Diagnostic.Error(). */
function isDiagnosticError(text) {
    return /^\S+:\d+,\d+-\d+(?:,\d+)?: /.test(text);
}
function optionalString(obj, key) {
    const v = obj[key];
    return typeof v === 'string' && v !== '' ? v : undefined;
}
function entryFrom(fields, index) {
    const name = optionalString(fields, 'Name');
    const result = optionalString(fields, 'Result');
    if (!name || !result)
        throw new Error(`Terragrunt run report entry ${index} has no Name or Result`);
    const entry = { name: name.replace(/\\/g, '/'), result };
    const reason = optionalString(fields, 'Reason');
    const cause = optionalString(fields, 'Cause');
    const started = optionalString(fields, 'Started');
    const ended = optionalString(fields, 'Ended');
    const ref = optionalString(fields, 'Ref');
    const cmd = optionalString(fields, 'Cmd');
    if (reason)
        entry.reason = reason;
    if (cause)
        entry.cause = cause;
    if (started)
        entry.started = started;
    if (ended)
        entry.ended = ended;
    if (started && ended) {
        const ms = Date.parse(ended) - Date.parse(started);
        if (Number.isFinite(ms))
            entry.durationMs = ms;
    }
    if (ref)
        entry.ref = ref;
    if (cmd)
        entry.cmd = cmd;
    const args = fields.Args;
    if (Array.isArray(args))
        entry.args = args.filter((a) => typeof a === 'string');
    else if (typeof args === 'string' && args !== '')
        entry.args = args.split('|'); // CSV: pipe-separated (writer.go csvRow at v1.1.3)
    return entry;
}
function parseCsv(text) {
    const rows = [];
    let row = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (quoted) {
            if (ch === '"' && text[i + 1] === '"') {
                field += '"';
                i++;
            }
            else if (ch === '"')
                quoted = false;
            else
                field += ch;
        }
        else if (ch === '"')
            quoted = true;
        else if (ch === ',') {
            row.push(field);
            field = '';
        }
        else if (ch === '\n' || ch === '\r') {
            if (ch === '\r' && text[i + 1] === '\n')
                i++;
            row.push(field);
            rows.push(row);
            row = [];
            field = '';
        }
        else
            field += ch;
    }
    if (field !== '' || row.length > 0) {
        row.push(field);
        rows.push(row);
    }
    return rows.filter((r) => r.length > 1 || r[0] !== '');
}
/**
 * Reads the file written by `--report-file` (`--report-format json`, schema run/report v2–v4, or the CSV format):
 * one entry per unit with its result (`succeeded`, `failed`, `early exit`, `excluded`) and why.
 */
function parseRunReport(text) {
    const trimmed = text.replace(/^\uFEFF/, '').trim();
    if (trimmed === '')
        return [];
    if (trimmed.startsWith('[')) {
        let value;
        try {
            value = JSON.parse(trimmed);
        }
        catch (err) {
            throw new Error(`Terragrunt run report is not valid JSON: ${err.message}`, { cause: err });
        }
        if (!Array.isArray(value))
            throw new Error('Terragrunt run report is not a JSON array');
        return value.map((item, i) => {
            if (typeof item !== 'object' || item === null)
                throw new Error(`Terragrunt run report entry ${i} is not an object`);
            return entryFrom(item, i);
        });
    }
    const rows = parseCsv(trimmed);
    const header = rows[0] ?? [];
    if (!header.includes('Name') || !header.includes('Result')) {
        throw new Error('Terragrunt run report is neither JSON nor CSV with Name and Result columns');
    }
    return rows.slice(1).map((row, i) => {
        const fields = {};
        header.forEach((h, j) => (fields[h] = row[j] ?? ''));
        return entryFrom(fields, i);
    });
}

;// CONCATENATED MODULE: ./src/core/terragrunt/progress.ts




/**
 * Follows the `--log-format json` output of a run while it runs and hands each unit's lines to `progress` as soon
 * as the unit is done, so the job log shows one block per unit instead of the interleaved stream. Terragrunt logs no
 * "unit finished" event, so a unit counts as done when its JSON plan appears in the out dir (written after its plan
 * and `show -json`, internal/runner/common/unit_runner.go at v1.1.3); units that failed or were still running are
 * handed over by `finish()` at the end of the run. The final per-unit result is read separately from the whole
 * output (demuxTerragruntLog), so what is shown here is only progress.
 */
class UnitStream {
    root;
    outDir;
    progress;
    open = new Map();
    done = new Set();
    pending = { stdout: '', stderr: '' };
    lastPoll = 0;
    constructor(root, outDir, progress) {
        this.root = root;
        this.outDir = outDir;
        this.progress = progress;
    }
    stdout = (chunk) => this.feed('stdout', chunk);
    stderr = (chunk) => this.feed('stderr', chunk);
    feed(stream, chunk) {
        const parts = (this.pending[stream] + chunk).split('\n');
        this.pending[stream] = parts.pop();
        for (const line of parts)
            this.line(line);
    }
    line(raw) {
        const line = stripAnsi(raw).replace(/\r$/, '');
        const entry = line.startsWith('{') ? parseEntry(line) : undefined;
        if (!entry) {
            if (line.trim() !== '')
                this.progress.runMessage(line);
            return;
        }
        const dir = entry['working-dir'];
        const unit = typeof dir === 'string' ? normaliseUnitPath(dir, this.root) : '.';
        const msg = typeof entry.msg === 'string' ? stripAnsi(entry.msg) : '';
        const level = typeof entry.level === 'string' ? entry.level : 'info';
        const fromTool = typeof entry['tf-path'] === 'string' && entry['tf-path'] !== '';
        if (unit === '.' && !fromTool) {
            for (const l of msg.split('\n'))
                if (l.trim() !== '')
                    this.progress.runMessage(`${level.toUpperCase()} ${l}`);
            return;
        }
        if (this.done.has(unit))
            return;
        const u = this.unitOf(unit);
        if (fromTool && (level === 'stdout' || level === 'stderr')) {
            const parts = (u.partial[level] + msg).split('\n');
            u.partial[level] = parts.pop();
            u.lines.push(...parts);
        }
        else {
            for (const l of msg.split('\n'))
                if (l.trim() !== '')
                    u.lines.push(`${level.toUpperCase()} ${l}`);
        }
        // at most every 100 ms from here (a stat per open unit), besides the caller's timer
        const now = Date.now();
        if (now - this.lastPoll >= 100)
            this.poll();
    }
    unitOf(unit) {
        let u = this.open.get(unit);
        if (!u) {
            u = { lines: [], partial: { stdout: '', stderr: '' } };
            this.open.set(unit, u);
        }
        return u;
    }
    /** Hands over every open unit whose JSON plan is written. Called on each line and by the caller's timer. */
    poll() {
        this.lastPoll = Date.now();
        for (const unit of [...this.open.keys()]) {
            if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(this.outDir, unit, 'tfplan.json')))
                this.close(unit);
        }
    }
    /** The end of the run: the rest of the output, then every unit still open, in the order they started. */
    finish() {
        for (const stream of ['stdout', 'stderr']) {
            if (this.pending[stream] !== '')
                this.line(this.pending[stream]);
            this.pending[stream] = '';
        }
        for (const unit of [...this.open.keys()])
            this.close(unit);
    }
    close(unit) {
        const u = this.open.get(unit);
        if (!u)
            return;
        this.open.delete(unit);
        this.done.add(unit);
        const lines = [...u.lines];
        for (const rest of [u.partial.stdout, u.partial.stderr])
            if (rest !== '')
                lines.push(rest);
        this.progress.unitFinished(unit, lines);
    }
}
function parseEntry(line) {
    try {
        const value = JSON.parse(line);
        return typeof value === 'object' && value !== null && !Array.isArray(value)
            ? value
            : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/core/terragrunt/run-all.ts







/** `--report-file` is stable (no experiment flag) from this version on. */
const REPORT_SINCE = '0.89.0';
/** Before this version `--queue-include-dir` also queued the included units' dependencies unless told not to. */
const STRICT_INCLUDE_DEFAULT_SINCE = '0.97.0';
/** The `terragrunt run --all` arguments for a plan of `units`. */
function runAllPlanArgs(o, reportFile) {
    const args = ['run', '--all', '--working-dir', o.root, '--non-interactive', '--no-color', '--log-format', 'json'];
    args.push('--parallelism', String(o.parallelism), '--out-dir', o.outDir, '--json-out-dir', o.outDir);
    if (reportFile)
        args.push('--report-file', reportFile, '--report-format', 'json');
    if (o.queueIgnoreErrors)
        args.push('--queue-ignore-errors');
    if (!o.everyUnit) {
        for (const unit of o.units)
            args.push('--queue-include-dir', unit);
        const version = semver_default().coerce(o.version);
        if (version && semver_default().lt(version, STRICT_INCLUDE_DEFAULT_SINCE))
            args.push('--queue-strict-include');
    }
    if (o.cli.tfBinary)
        args.push('--tf-path', o.cli.tfBinary);
    return [...args, '--', 'plan', '-no-color', '-input=false', ...o.extraArgs];
}
const EMPTY_LOG = { stdout: [], stderr: [], logs: [] };
/** Terragrunt's own error lines about a unit (e.g. it could not parse the unit's config), as text. */
function terragruntErrors(log) {
    return log.logs.filter((l) => /^(ERROR|FATAL)\b/.test(l)).map((l) => l.replace(/^(ERROR|FATAL)\s*/, ''));
}
/**
 * Starts the `terragrunt run --all` plan and returns at once. With `everyUnit` the run needs no list of units (no
 * queue filter), so it can start while the caller is still discovering them; whatever then goes wrong before
 * `finishPlanStack`, the caller must `abort()` it.
 */
function startPlanStack(o) {
    if (!o.everyUnit && !o.units)
        throw new Error('startPlanStack: the units to plan are needed without everyUnit');
    const parsedVersion = semver_default().coerce(o.version);
    const reportFile = parsedVersion && semver_default().gte(parsedVersion, REPORT_SINCE) ? (0,external_node_path_.join)(o.outDir, 'report.json') : undefined;
    const stream = o.progress ? new UnitStream(o.root, o.outDir, o.progress) : undefined;
    const poll = stream ? setInterval(() => stream.poll(), 500) : undefined;
    const controller = new AbortController();
    const result = o.cli.runner
        .run(o.cli.binary, runAllPlanArgs({ ...o, units: o.units ?? [] }, reportFile), {
        cwd: o.root,
        timeoutMs: o.cli.deadline?.remaining(),
        env: { ...o.cli.env, TF_IN_AUTOMATION: '1', TF_INPUT: '0' },
        onStdout: stream?.stdout,
        onStderr: stream?.stderr,
        signal: controller.signal
    })
        .finally(() => {
        if (poll)
            clearInterval(poll);
    });
    // awaited by finishPlanStack or abort(); this only keeps a failure while the caller is busy from going unhandled
    result.catch(() => undefined);
    return {
        options: o,
        reportFile,
        result,
        stream,
        abort: async () => {
            controller.abort();
            await result.catch(() => undefined);
        }
    };
}
/**
 * Plans the units with one `terragrunt run --all`, as Terragrunt's docs recommend for stacks: it orders units by
 * their dependencies, runs `parallelism` at a time, writes each unit's JSON plan to the out dir, and caches
 * dependency outputs across units. Each unit's status comes from its own JSON plan, its report entry and its own
 * log lines, never from the aggregated exit code, which has regressed repeatedly.
 */
async function planStack(o) {
    return finishPlanStack(startPlanStack(o), o.units, o.jsonPlans);
}
/**
 * Waits for a started run and returns one result per unit of `units` (those Terragrunt's own exclude blocks leave
 * out excepted). `jsonPlans` is filled as PlanStackOptions.jsonPlans says.
 */
async function finishPlanStack(run, units, jsonPlans) {
    const o = run.options;
    const { reportFile, stream } = run;
    const res = await run.result;
    stream?.finish();
    const tfPathNames = o.cli.tfBinary ? [(0,external_node_path_.basename)(o.cli.tfBinary)] : [];
    const log = demuxTerragruntLog(`${res.stdout}\n${res.stderr}`, { root: o.root, tfPathNames });
    const report = new Map();
    const reportText = reportFile ? await readIfExists(reportFile) : undefined;
    if (reportText) {
        for (const entry of parseRunReport(reportText))
            report.set(normaliseUnitPath(entry.name, o.root), entry);
    }
    const stopped = res.timedOut
        ? `stopped: the run took longer than the time limit${o.timeoutText ? ` (timeout: ${o.timeoutText})` : ''}`
        : res.cancelled
            ? 'stopped: the workflow run was cancelled'
            : undefined;
    // A run-level error (a dependency cycle, a unit configuration that does not parse) names no unit: every unit
    // without a result of its own shows it, so none of them can pass for "no changes".
    const runErrors = runLevelErrors(log);
    const notRun = runErrors.length > 0
        ? `Terragrunt stopped the run before this unit: ${(0,user_error/* oneLine */.T)(runErrors.join(' '), 300)}`
        : res.exitCode !== 0
            ? `terragrunt run --all failed before planning: ${(0,user_error/* oneLine */.T)(log.unattributed.filter(Boolean).slice(-3).join(' ') || `exit code ${res.exitCode}`, 300)}`
            : 'Terragrunt did not run this unit (is it excluded, or outside the working directory?)';
    const plans = [];
    for (const unit of units) {
        const unitLog = log.units.get(unit) ?? EMPTY_LOG;
        const entry = report.get(unit);
        if (entry?.result === 'excluded')
            continue;
        const text = readIfExistsSync((0,external_node_path_.join)(o.outDir, unit, 'tfplan.json'));
        const json = text === undefined ? undefined : parsedOrText(text);
        if (json !== undefined)
            jsonPlans?.set(unit, json);
        const tgErrors = terragruntErrors(unitLog);
        const stderr = [...unitLog.stderr, ...(diagnosticBoxes(unitLog.stderr.join('\n')) ? [] : tgErrors)].join('\n');
        const ownResult = json !== undefined || entry !== undefined || tgErrors.length > 0 || hasErrorDiagnostic(stderr);
        const ownText = unitLog.stdout.some((l) => l.trim() !== '');
        let failure;
        if (stopped && !json) {
            // what failed while the run was being stopped failed because of the stop
            failure = stopped;
        }
        else if (entry?.result === 'early exit') {
            failure = `not planned: a dependency failed${entry.cause ? ` (${(0,user_error/* oneLine */.T)(entry.cause, 120)})` : ''}`;
        }
        else if (entry?.result === 'failed' && !diagnosticBoxes(stderr)) {
            failure = (0,user_error/* oneLine */.T)(tgErrors[0] ?? entry.cause ?? entry.reason ?? 'plan failed', 200);
        }
        else if (!ownResult && !ownText) {
            failure = notRun;
        }
        const failed = entry?.result === 'failed' || hasErrorDiagnostic(stderr) || (!entry && !json && tgErrors.length > 0);
        plans.push(buildUnitPlan({
            path: unit,
            text: unitLog.stdout.join('\n'),
            json,
            stderr,
            exitCode: failed ? 1 : undefined,
            failure
        }));
    }
    return plans;
}

;// CONCATENATED MODULE: ./src/terragrunt-plan-comment/plan.ts









/**
 * Restores the provider plugin cache and starts `terragrunt run --all`: for `units`, or for every unit under root
 * while they are still being discovered (`units` undefined).
 */
async function startPlanning(settings, { cli, root, version }, units) {
    const redact = (0,render_redact/* redactor */.$p)(settings.redact);
    let cache;
    if (settings.pluginCache) {
        const plan = decidePluginCache({
            tool: await tfToolVersion(cli, root),
            terragruntVersion: version,
            parallelism: settings.parallelism,
            presetDir: process.env.TF_PLUGIN_CACHE_DIR || undefined,
            ourDir: (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.terraform.d', 'plugin-cache'),
            userCacheDir: process.env.XDG_CACHE_HOME || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.cache')
        });
        if (plan.mode === 'off')
            actions_core/* info */.pq(`Plugin cache: off, ${plan.reason}.`);
        else {
            cache = await restorePluginCache(actionsCache, plan, root, `${process.platform}-${process.arch}`, (m) => actions_core/* info */.pq(m));
            // Only a directory that exists: Terraform and OpenTofu report a missing plugin cache dir on every command.
            if (cache && plan.mode === 'ours')
                cli.env.TF_PLUGIN_CACHE_DIR = plan.dir;
        }
    }
    const outDir = (0,external_node_path_.join)(process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), `terragrunt-plan-comment-${process.pid}`);
    await (0,promises_.mkdir)(outDir, { recursive: true });
    actions_core/* info */.pq(`Planning ${units ? `${units.units.length} unit(s)` : 'every unit (while discovery runs)'} with terragrunt run --all, ${settings.parallelism} at a time.`);
    const run = startPlanStack({
        cli,
        root,
        units: units?.units,
        everyUnit: units?.everyUnit ?? true,
        parallelism: settings.parallelism,
        extraArgs: settings.extraArgs,
        outDir,
        version,
        timeoutText: settings.timeoutText,
        progress: {
            unitFinished: (unit, lines) => (0,log/* logGroup */.Q)(unit, lines.map(redact)),
            runMessage: (line) => (0,log/* logUntrusted */.t)([redact(line)])
        }
    });
    return { run, cache };
}
/**
 * Plans the selected units with one `terragrunt run --all` (the one selectPlanUnits started, when it plans every
 * unit), with the provider plugin cache around it.
 */
async function planUnits(settings, selection) {
    const { units, all, started } = selection;
    if (units.length === 0) {
        await started?.run.abort();
        return [];
    }
    const redact = (0,render_redact/* redactor */.$p)(settings.redact);
    const { run, cache } = started ?? (await startPlanning(settings, selection, { units, everyUnit: units.length === all.length }));
    const planned = await finishPlanStack(run, units);
    for (const u of planned)
        actions_core/* info */.pq(`  ${u.path}: ${u.status}${u.error ? ` (${redact(u.error)})` : ''}`);
    if (cache)
        await savePluginCache(actionsCache, cache, (m) => actions_core/* info */.pq(m));
    return planned;
}

// EXTERNAL MODULE: ./src/core/github/index.ts + 4 modules
var github = __webpack_require__(5731);
// EXTERNAL MODULE: ./src/core/plan/address-glob.ts
var address_glob = __webpack_require__(7342);
;// CONCATENATED MODULE: ./src/terragrunt-plan-comment/protected.ts
/**
 * The protected-resources gate: a plan that destroys or replaces an address matching the `protected` globs fails the
 * step, whatever `fail-on` says, unless the pull request carries the `protected-override-label`. Fails closed: a unit
 * whose destroyed addresses are not known (it failed to plan, or its plan gave counts without addresses) counts as
 * a violation it could not rule out, and labels that cannot be read from the API do not override.
 */




/** The protected addresses each unit destroys or replaces, and the units that cannot be checked. Pure. */
function checkProtected(result, globs) {
    const check = { violations: [], unchecked: [] };
    if (globs.length === 0)
        return check;
    for (const u of result.units) {
        if (u.status === 'error') {
            check.unchecked.push({ unit: u.path, reason: 'failed to plan, so what it would destroy is not known' });
            continue;
        }
        const replaced = [...new Set(u.replaced)];
        const destroyed = [...new Set(u.destroyed)].filter((a) => !replaced.includes(a));
        for (const [action, list] of [
            ['replace', replaced],
            ['destroy', destroyed]
        ]) {
            for (const address of list) {
                if ((0,address_glob/* matchAddress */.e)(address, globs))
                    check.violations.push({ unit: u.path, address, action });
            }
        }
        // Raw lengths: a deposed object shares its resource's address, and each one is counted.
        if (u.replaced.length < u.counts.replace || u.destroyed.length + u.replaced.length < u.counts.destroy) {
            check.unchecked.push({
                unit: u.path,
                reason: `its plan counts ${u.counts.destroy} to destroy and ${u.counts.replace} to replace but names fewer addresses`
            });
        }
    }
    return check;
}
/** Whether the check blocks the step: anything found or unknown, unless overridden. Pure. */
function protectedBlocks(check, overridden) {
    return !overridden && (check.violations.length > 0 || check.unchecked.length > 0);
}
/**
 * Checks the plan (`result` before redaction, so a mask cannot hide an address from the globs; what is shown and
 * output is masked), reads the pull request's labels from the API when the override could apply (never trusting the
 * event's copy, which can be stale), and sets the `protected-violations` output.
 */
async function gateProtected(result, settings, ctx, octokit) {
    const mask = (0,render_redact/* redactor */.$p)(settings.redact);
    const found = checkProtected(result, settings.protected);
    const check = {
        violations: found.violations.map((v) => ({ ...v, unit: mask(v.unit), address: mask(v.address) })),
        unchecked: found.unchecked.map((u) => ({ ...u, unit: mask(u.unit) }))
    };
    actions_core/* setOutput */.uH('protected-violations', JSON.stringify(check.violations));
    const label = settings.protectedOverrideLabel || undefined;
    let overridden = false;
    let labelNote;
    if (label && (check.violations.length > 0 || check.unchecked.length > 0)) {
        const labels = await currentLabels(ctx, octokit);
        if (labels.names)
            overridden = labels.names.some((n) => n.toLowerCase() === label.toLowerCase());
        else
            labelNote = `The label could not be checked (${labels.why}), so it does not apply.`;
        if (labelNote)
            actions_core/* warning */.$e(`Input 'protected-override-label': ${labelNote}`);
    }
    for (const v of check.violations)
        actions_core/* info */.pq(`Protected: ${v.unit}: ${v.action} ${v.address}`);
    if (overridden)
        actions_core/* warning */.$e(`Protected resources will be destroyed or replaced; allowed by the label '${label}'.`);
    return {
        report: { ...check, overrideLabel: label, overridden, labelNote },
        blocked: protectedBlocks(check, overridden)
    };
}
/** The pull request's labels as GitHub has them now, or why they are not known. */
async function currentLabels(ctx, octokit) {
    if (!ctx.pullRequest)
        return { why: `event ${ctx.eventName || '(none)'} is not about a pull request` };
    if (!octokit)
        return { why: "input 'github-token' is empty" };
    try {
        return { names: await (0,github/* listIssueLabels */.fg)(octokit, { ...ctx.repo, number: ctx.pullRequest.number }) };
    }
    catch (error) {
        return { why: `reading them from GitHub failed: ${error.message}` };
    }
}
/** Fails the step when the gate blocks it; one line naming the addresses. */
function reportProtected(gate) {
    if (!gate.blocked)
        return;
    const { violations, unchecked } = gate.report;
    const named = violations
        .slice(0, 5)
        .map((v) => `${v.unit}: ${v.action} ${v.address}`)
        .join(', ');
    const parts = [];
    if (violations.length > 0) {
        parts.push(`${violations.length} protected resource(s) will be destroyed or replaced (${named}${violations.length > 5 ? ', …' : ''})`);
    }
    if (unchecked.length > 0) {
        parts.push(`${unchecked.length} unit(s) could not be checked (${unchecked.map((u) => u.unit).join(', ')})`);
    }
    const how = gate.report.overrideLabel ? `; the label '${gate.report.overrideLabel}' allows it` : '';
    actions_core/* setFailed */.C1(`Input 'protected': ${parts.join(' and ')}${how}.`);
}

// EXTERNAL MODULE: ./src/core/github/errors.ts
var errors = __webpack_require__(7872);
;// CONCATENATED MODULE: ./src/core/render/budget.ts
/**
 * Size accounting for GitHub's limits. A comment body may hold 65,536 characters and a step's job summary 1 MiB.
 * We measure in UTF-8 bytes: that is never less than the UTF-16 length or the code-point count, so a text that fits
 * by our count fits however GitHub counts, and it is exactly what the job-summary upload limits.
 */
/** GitHub rejects a comment body longer than this (422 "body is too long (maximum is 65536 characters)"). */
const GITHUB_COMMENT_LIMIT = 65_536;
/** Room left for what the comment poster adds (part markers, a footer) and for counting differences. */
const COMMENT_SAFETY_MARGIN = 1_536;
/** The default budget of a rendered comment. */
const COMMENT_BUDGET = GITHUB_COMMENT_LIMIT - COMMENT_SAFETY_MARGIN;
/** A step's job summary upload is aborted above 1 MiB ("supports content up to a size of 1024k"). */
const JOB_SUMMARY_LIMIT = 1_048_576;
/** The size of `text` as counted against the budgets: its UTF-8 length. */
function textSize(text) {
    return Buffer.byteLength(text, 'utf8');
}
/** The size of `lines` joined with `\n`. */
function linesSize(lines) {
    let total = lines.length > 0 ? lines.length - 1 : 0;
    for (const line of lines)
        total += textSize(line);
    return total;
}
/** UTF-8 bytes of the code unit at `i` (a full surrogate pair counts 4 and spans two units). */
function unitBytes(text, i) {
    const c = text.charCodeAt(i);
    if (c < 0x80)
        return [1, 1];
    if (c < 0x800)
        return [2, 1];
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff)
            return [4, 2];
    }
    return [3, 1];
}
/**
 * Shortens `text` to at most `maxChars` (by `textSize`), ending with `ellipsis`, without splitting a surrogate pair.
 * Returns `text` unchanged when it fits and '' when not even the ellipsis fits.
 */
function cutToSize(text, maxChars, ellipsis = '…') {
    if (textSize(text) <= maxChars)
        return text;
    const room = maxChars - textSize(ellipsis);
    if (room < 0)
        return '';
    let used = 0;
    let i = 0;
    while (i < text.length) {
        const [bytes, units] = unitBytes(text, i);
        if (used + bytes > room)
            break;
        used += bytes;
        i += units;
    }
    return text.slice(0, i) + ellipsis;
}
/** Formats a count with thousands separators, independent of the machine's locale. */
function formatCount(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
/**
 * The default note that replaces a run of cut lines: the first one says where the full text is, later ones (often
 * many short runs between kept resource headers) only how much was cut.
 */
const defaultCutNote = (cut, first) => `… ${formatCount(cut)} ${cut === 1 ? 'line' : 'lines'} cut${first ? ' here, full plan in the job summary' : ''} …`;
/** `prefix` for `LineSource`: running sizes of `lines`, each with its newline. */
function linePrefixSizes(lines) {
    const prefix = new Float64Array(lines.length + 1);
    for (let i = 0; i < lines.length; i++)
        prefix[i + 1] = prefix[i] + textSize(lines[i]) + 1;
    return prefix;
}
/**
 * Cuts the middle of `lines` so that they, joined with `\n`, fit in `maxChars`. It keeps, in this order of priority:
 * the first lines (up to a quarter of the budget), every line for which `keep` is true (working inwards from both
 * ends of the list when not all fit), then more lines from both ends. Each run of cut lines becomes one note line;
 * a run is left in place when it is no longer than its note. Lines are never split, so neither are surrogate pairs.
 */
function truncateMiddleWithStats(lines, maxChars, keep, options = {}) {
    const source = {
        count: lines.length,
        prefix: linePrefixSizes(lines),
        line: (i) => lines[i],
        keptLines: () => {
            const kept = [];
            for (let i = 0; i < lines.length; i++)
                if (keep(lines[i]))
                    kept.push(i);
            return kept;
        }
    };
    return truncateLines(source, maxChars, options);
}
/**
 * `truncateMiddleWithStats` over a `LineSource`. The selection is always the first lines, the last lines and kept
 * lines from both ends of the kept list, so each candidate is measured from the prefix sizes in time proportional to
 * the kept lines inside the cut region, not to all lines.
 */
function truncateLines(source, maxChars, options = {}) {
    const n = source.count;
    const prefix = source.prefix;
    const note = options.note ?? defaultCutNote;
    if (prefix[n] - 1 <= maxChars)
        return { lines: Array.from({ length: n }, (_, i) => source.line(i)), cutLines: 0 };
    const noteCosts = [new Map(), new Map()];
    const noteCost = (count, first) => {
        const cache = noteCosts[first ? 0 : 1];
        let cost = cache.get(count);
        if (cost === undefined)
            cache.set(count, (cost = textSize(note(count, first)) + 1));
        return cost;
    };
    // Kept lines are taken inwards from both ends of the kept list (the `Plan:` line sits at the end, resource headers
    // start at the top): the first k of them are the last ceil(k/2) and the first floor(k/2).
    const kept = source.keptLines();
    const m = kept.length;
    /** The first index j in [lo, hi) with kept[j] >= x (hi when none). */
    const firstAtLeast = (lo, hi, x) => {
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (kept[mid] < x)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    };
    /**
     * Measures the selection of the first `head` lines, the last `tail` lines and `keptCount` kept lines: its size
     * joined with `\n`, the lines cut, and the output lines when `out` is given.
     */
    const measure = (head, tail, keptCount, out) => {
        const headEnd = Math.min(head, n);
        const tailStart = Math.max(0, n - tail);
        if (headEnd >= tailStart) {
            if (out)
                for (let i = 0; i < n; i++)
                    out.push(source.line(i));
            return { size: prefix[n] - 1, cutLines: 0 };
        }
        if (out)
            for (let i = 0; i < headEnd; i++)
                out.push(source.line(i));
        let size = prefix[headEnd];
        let cutLines = 0;
        let first = true;
        let next = headEnd;
        const gap = (end) => {
            const count = end - next;
            const run = prefix[end] - prefix[next];
            const cost = noteCost(count, first);
            if (run <= cost) {
                // A run no longer than its note stays.
                size += run;
                if (out)
                    for (let i = next; i < end; i++)
                        out.push(source.line(i));
            }
            else {
                size += cost;
                cutLines += count;
                out?.push(note(count, first));
                first = false;
            }
        };
        const visit = (i) => {
            if (i > next)
                gap(i);
            size += prefix[i + 1] - prefix[i];
            out?.push(source.line(i));
            next = i + 1;
        };
        const fromStart = keptCount >>> 1;
        const fromEnd = keptCount - fromStart;
        for (let j = firstAtLeast(0, fromStart, headEnd); j < fromStart && kept[j] < tailStart; j++)
            visit(kept[j]);
        for (let j = firstAtLeast(m - fromEnd, m, headEnd); j < m && kept[j] < tailStart; j++)
            visit(kept[j]);
        if (tailStart > next)
            gap(tailStart);
        size += prefix[n] - prefix[tailStart];
        if (out)
            for (let i = tailStart; i < n; i++)
                out.push(source.line(i));
        return { size: size - 1, cutLines };
    };
    const fits = (head, tail, keptCount) => measure(head, tail, keptCount).size <= maxChars;
    /** Largest x in [0, hi] with ok(x), given ok(0); keeps only values that were checked to fit. */
    const largest = (hi, ok) => {
        let lo = 0;
        while (lo < hi) {
            const mid = Math.ceil((lo + hi) / 2);
            if (ok(mid))
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo;
    };
    if (!fits(0, 0, 0))
        return { lines: [], cutLines: n };
    const headBudget = maxChars * (options.headShare ?? 0.25);
    // The most first lines within the head budget (prefix only grows).
    let headCap = 0;
    for (let lo = 0, hi = n; lo < hi;) {
        const mid = Math.ceil((lo + hi) / 2);
        if (prefix[mid] <= headBudget)
            lo = headCap = mid;
        else
            hi = mid - 1;
    }
    const head = largest(headCap, (h) => fits(h, 0, 0));
    const keptCount = largest(m, (k) => fits(head, 0, k));
    const grow = largest(n, (g) => fits(head + g, g, keptCount));
    const moreHead = largest(n, (e) => fits(head + grow + e, grow, keptCount));
    const moreTail = largest(n, (e) => fits(head + grow + moreHead, grow + e, keptCount));
    const out = [];
    const { cutLines } = measure(head + grow + moreHead, grow + moreTail, keptCount, out);
    return { lines: out, cutLines };
}
/** `truncateMiddleWithStats` returning only the lines. */
function truncateMiddle(lines, maxChars, keep, options = {}) {
    return truncateMiddleWithStats(lines, maxChars, keep, options).lines;
}

;// CONCATENATED MODULE: ./src/core/render/markdown.ts
/**
 * Safe-markdown primitives shared by every action's comments and job summaries.
 *
 * The rule they enforce: text that comes from plans, YAML, APIs or users is either fenced (with a fence longer than
 * any backtick run inside it, so nothing in it can close the block) or escaped for both HTML and markdown, with
 * `@mentions` and issue references broken so a rendered comment never pings anyone or cross-links an issue.
 */
/** Marks trusted markdown/HTML so `table` and `details` pass it through as is. */
const raw = (text) => ({ raw: text });
const isRaw = (value) => typeof value !== 'string';
const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Escapes the five HTML-significant characters. */
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}
/** Joins the lines of `text` with single spaces, dropping the whitespace around each break and empty lines. */
function singleLine(text) {
    const lines = text.split(/\r\n|\r|\n/);
    if (lines.length === 1)
        return text;
    const last = lines.length - 1;
    return lines
        .map((line, i) => (i === 0 ? line.trimEnd() : i === last ? line.trimStart() : line.trim()))
        .filter((line, i) => line !== '' || i === 0 || i === last)
        .join(' ')
        .trim();
}
/** Zero-width joiner: invisible, but breaks GitHub's mention and issue-reference autolinking. */
const ZWJ = '\u200d';
/**
 * Breaks `@user`, `@org/team`, `#123`, `owner/repo#123` and `GH-123` so GitHub neither notifies anyone nor adds a
 * cross-reference to an issue. A zero-width joiner goes after the `@`, `#` or `GH-`; e-mail addresses
 * (`sa@project.iam.gserviceaccount.com`), which GitHub does not link, are left alone.
 */
function neutralizeReferences(text) {
    return text
        .replace(/(?<![A-Za-z0-9])@(?=[A-Za-z0-9])/g, `@${ZWJ}`)
        .replace(/#(?=\d)/g, `#${ZWJ}`)
        .replace(/\b(GH-)(?=\d)/gi, `$1${ZWJ}`);
}
/**
 * Escapes text for one line of inline markdown such as a table cell or a title: newlines become spaces, HTML is
 * escaped, markdown punctuation that could format, link or split a table (`\ ` * _ [ ] ~ |`) is backslash-escaped,
 * and references are neutralised. An underscore between two letters or digits cannot open or close emphasis in
 * CommonMark, so `null_resource.a_b` stays readable.
 */
function escapeMarkdownInline(text) {
    return neutralizeReferences(singleLine(text))
        .replace(/[&<>"]/g, (c) => HTML_ESCAPES[c])
        .replace(/[\\`*[\]~|]|_(?![A-Za-z0-9])|(?<![A-Za-z0-9])_/g, (c) => `\\${c}`);
}
/** The longest run of `char` (one UTF-16 code unit) in `text` (0 when absent). */
function longestRun(text, char) {
    if (char.length !== 1)
        return 0;
    let longest = 0;
    // Jump from one occurrence to the next: plan text rarely has any.
    for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i)) {
        let end = i + 1;
        while (end < text.length && text[end] === char)
            end++;
        if (end - i > longest)
            longest = end - i;
        i = end;
    }
    return longest;
}
/** The backtick fence for `text`: at least three, and longer than any backtick run inside it. */
function fenceFor(text) {
    return '`'.repeat(Math.max(3, longestRun(text, '`') + 1));
}
/**
 * A fenced code block that `text` cannot close: the fence is longer than any backtick run inside. Line endings are
 * normalised to `\n` (a lone `\r` is a line break to CommonMark) and one trailing newline is dropped. Inside a fence
 * GitHub shows `</details>`, `<script>` and `@user` as literal text and links nothing.
 */
function fence(text, lang = '', ticks = fenceFor(text)) {
    let body = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
    if (body.endsWith('\n'))
        body = body.slice(0, -1);
    const info = lang.replace(/[^A-Za-z0-9_+.-]/g, '');
    return `${ticks}${info}\n${body}\n${ticks}`;
}
/**
 * Inline code that its content cannot close. Newlines become spaces and references are neutralised (GitHub does not
 * link them inside code, but copying a ZWJ is a small price for one rule everywhere outside fences). Inside a table
 * pass `inTable`: GFM splits rows on `|` before it sees code spans, so pipes are escaped there.
 */
function codeSpan(text, inTable = false) {
    let body = neutralizeReferences(singleLine(text));
    if (inTable)
        body = body.replace(/\|/g, '\\|');
    const ticks = '`'.repeat(longestRun(body, '`') + 1);
    const pad = body.startsWith('`') || body.endsWith('`') || /^ .* $/.test(body) ? ' ' : '';
    return `${ticks}${pad}${body}${pad}${ticks}`;
}
/**
 * Code-styled text as `<code>` HTML with the content escaped for HTML and markdown (references neutralised), so it is
 * safe anywhere inline, table cells included, and no `<` from the text ever reaches the page. Unlike a backtick code
 * span, this keeps one simple rule for everything outside fences: every `<` there is one of ours.
 */
function inlineCode(text) {
    return `<code>${escapeMarkdownInline(text)}</code>`;
}
/**
 * A collapsible block. The summary is plain text (escaped for HTML, references neutralised, kept on one line) unless
 * passed as `raw(...)`. The blank line after `</summary>` lets GitHub render the body as markdown, and the blank line
 * before `</details>` ends any paragraph or list in it.
 */
function details(summary, body, open = false) {
    const head = isRaw(summary) ? summary.raw : escapeHtml(neutralizeReferences(singleLine(summary)));
    return `<details${open ? ' open' : ''}><summary>${head}</summary>\n\n${body}\n\n</details>`;
}
const ALIGN_ROW = { left: ':---', center: ':---:', right: '---:' };
/**
 * A GFM table. Plain-string cells are escaped with `escapeMarkdownInline`; `raw(...)` cells are trusted but still
 * kept on one line (use `codeSpan(text, true)` for code in a cell). Rows shorter than the header are padded.
 */
function table(headers, rows, align) {
    const cell = (value) => {
        if (value === undefined)
            return '';
        return isRaw(value) ? singleLine(value.raw) : escapeMarkdownInline(value);
    };
    const line = (cells) => `| ${headers.map((_, i) => cell(cells[i])).join(' | ')} |`;
    const rule = `|${headers.map((_, i) => (align?.[i] ? ALIGN_ROW[align[i]] : '---')).join('|')}|`;
    return [line(headers), rule, ...rows.map(line)].join('\n');
}
const MARKER_PREFIX = 'gitops-actions';
const DATA_PREFIX = `${MARKER_PREFIX}-data:`;
const percentEncode = (c) => [...Buffer.from(c, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
/** Keeps a marker key inside its comment: anything but a safe set is percent-encoded, and `--` never appears. */
function markerKey(key) {
    return key
        .replace(/[^A-Za-z0-9._/:=+@-]/gu, (c) => percentEncode(c))
        .replace(/-(?=-)/g, '%2D')
        .replace(/-$/, '%2D');
}
/** The hidden marker that identifies what an action owns: `<!-- gitops-actions:<action>:<key> -->`. */
function marker(action, key) {
    return `<!-- ${MARKER_PREFIX}:${markerKey(action)}:${markerKey(key)} -->`;
}
/**
 * A hidden HTML comment carrying `payload` as JSON. `<` and `>` are written as `\u003c`/`\u003e` and `--` as
 * `-\u002d` (both only possible inside JSON strings), so the comment cannot end early or nest.
 */
function markerData(payload) {
    const json = JSON.stringify(payload).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/--/g, '-\\u002d');
    return `<!-- ${DATA_PREFIX}${json} -->`;
}
/** The payload of the first `markerData` comment in `body`, or undefined when there is none or it is not JSON. */
function parseMarkerData(body) {
    const match = /<!-- gitops-actions-data:([^>]*?) -->/.exec(body);
    if (!match)
        return undefined;
    try {
        return JSON.parse(match[1]);
    }
    catch {
        return undefined;
    }
}
/**
 * A markdown link when `url` is http(s), with characters that could end the link destination percent-encoded;
 * otherwise the escaped text alone. `text` is plain text unless passed as `raw(...)`.
 */
function markdown_link(text, url) {
    const label = isRaw(text) ? text.raw : escapeMarkdownInline(text);
    if (!url || !/^https?:\/\/[^\s]+$/i.test(url))
        return label;
    const safe = url.replace(/[()<>"'`\\[\]]/g, (c) => percentEncode(c));
    return `[${label}](${safe})`;
}

;// CONCATENATED MODULE: ./src/core/render/plan-body.ts
/**
 * A unit's plan body as ```diff lines, prepared once for every render of a report: line sizes (prefix sums), the key
 * lines a cut keeps, the fence and the joined text are computed at most once. A plan body of millions of lines is
 * described by a `DiffLineTable` and only the lines a render shows are built as strings.
 */



/** Characters that may come before the first character of a key line: whitespace, `+ ! ~ -` and box drawing. */
function isKeySkip(c) {
    if (c < 0x80) {
        return (c === 0x20 ||
            (c >= 0x09 && c <= 0x0d) ||
            c === 0x2b || // +
            c === 0x21 || // !
            c === 0x7e || // ~
            c === 0x2d || // -
            c === 0x7c // |
        );
    }
    return c === 0x2502 || c === 0x2577 || c === 0x2575 || isSpaceCode(c); // │ ╷ ╵
}
/** `#` (headers), `P` (`Plan:`, `Planning failed`), `C` (`Changes to Outputs:`), `N` (`No changes.`), `E` (`Error`). */
const isKeyFirst = (c) => c === 0x23 || c === 0x50 || c === 0x43 || c === 0x4e || c === 0x45;
/**
 * Whether `text.slice(start, end)` could be a key line: its first character past whitespace, `+ ! ~ -` and box
 * drawing starts a header, `Plan:`, `Changes to Outputs:`, `No changes.`, `Planning failed` or `Error`. Every key
 * line passes; most other lines fail on their first characters, before any regular expression runs.
 */
function mayBeKeyLine(text, start, end) {
    let i = start;
    while (i < end && isKeySkip(text.charCodeAt(i)))
        i++;
    return i < end && isKeyFirst(text.charCodeAt(i));
}
/**
 * Lines a cut body must keep: resource headers (and their moved/imported notes), the headings of the action groups,
 * the `Plan:` line and errors.
 */
function isKeyPlanLine(line) {
    return (mayBeKeyLine(line, 0, line.length) &&
        (/^# --- [\d,]+ to [a-z -]+ ---$/.test(line) ||
            /^[\s+!~-]*#\s+(?:\((?:moved from|imported from)\b|\S.*\s(?:will be|must be|has moved to|has changed|has been|will no longer be|is tainted)\b)/.test(line) ||
            /^\s*(?:Plan:|Changes to Outputs:|No changes\.|Planning failed)/.test(line) ||
            /^[\s│╷╵|]*Error\b/.test(line)));
}
/** Splits lines that hold line breaks (`\r\n`, `\r` or `\n`) into several; returns `lines` when none does. */
function splitBreaks(lines) {
    let out;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line.includes('\n') || line.includes('\r')) {
            out ??= lines.slice(0, i);
            for (const part of line.split(/\r\n|\r|\n/))
                out.push(part);
        }
        else {
            out?.push(line);
        }
    }
    return out ?? lines;
}
class LinesBody {
    count;
    prefix;
    hasContent;
    lines;
    kept;
    fence;
    joined;
    constructor(lines) {
        this.lines = splitBreaks(lines);
        this.count = this.lines.length;
        this.prefix = linePrefixSizes(this.lines);
        this.hasContent = this.lines.some((line) => /\S/.test(line));
    }
    line(i) {
        return this.lines[i];
    }
    keptLines() {
        if (!this.kept) {
            this.kept = [];
            for (let i = 0; i < this.count; i++)
                if (isKeyPlanLine(this.lines[i]))
                    this.kept.push(i);
        }
        return this.kept;
    }
    ticks() {
        // Backtick runs never cross the newlines that join the lines.
        if (this.fence === undefined) {
            let longest = 0;
            for (const line of this.lines)
                longest = Math.max(longest, longestRun(line, '`'));
            this.fence = '`'.repeat(Math.max(3, longest + 1));
        }
        return this.fence;
    }
    text() {
        return (this.joined ??= this.lines.join('\n'));
    }
}
class TableBody {
    count;
    prefix;
    hasContent;
    table;
    kept;
    fence;
    joined;
    constructor(table) {
        this.table = table;
        this.count = table.count;
        const sizes = table.byteSizes();
        this.prefix = new Float64Array(this.count + 1);
        for (let i = 0; i < this.count; i++)
            this.prefix[i + 1] = this.prefix[i] + sizes[i] + 1;
        // Every non-space character of a diff line comes from the body (a moved marker included), and back.
        this.hasContent = /\S/.test(table.text);
    }
    line(i) {
        return this.table.line(i);
    }
    keptLines() {
        if (!this.kept) {
            const { text, from, end } = this.table;
            const kept = [];
            for (let i = 0; i < this.count; i++) {
                // A compound symbol (`-/+`, `<=`, …) in column 0 rules out every key line pattern.
                if (this.table.isAdded(i)) {
                    if (isKeyPlanLine(this.table.line(i)))
                        kept.push(i);
                    continue;
                }
                if (this.table.hasCompoundSymbol(i) || !mayBeKeyLine(text, from[i], end[i]))
                    continue;
                if (isKeyPlanLine(this.table.line(i)))
                    kept.push(i);
            }
            this.kept = Int32Array.from(kept);
        }
        return this.kept;
    }
    ticks() {
        // The lines hold the body's backtick runs unchanged: only spaces, change markers and line ends move or go.
        return (this.fence ??= fenceFor(this.table.text));
    }
    text() {
        return (this.joined ??= this.table.join());
    }
}
/**
 * The body of plan text (already redacted) as ```diff lines: `toLines` (default `toDiffLines`) rewrites it, and lines
 * holding line breaks are split. With the default and no `\r` in the text the lines are described, not built, and
 * the planned resources are grouped by action, destroys and replacements first (display.ts `groupResourceLines`).
 */
function planBody(text, toLines = toDiffLines) {
    if (toLines === toDiffLines && !text.includes('\r'))
        return new TableBody(groupTableResources(diffLineTable(text)));
    return new LinesBody(toLines === toDiffLines ? toGroupedDiffLines(text) : toLines(text));
}
/** A body of ready lines (diagnostics, a list of resource headers). */
function linesBody(lines) {
    return new LinesBody(lines);
}

;// CONCATENATED MODULE: ./src/core/render/protected-block.ts
/**
 * The "protected resources" block at the top of the plan comment (above the callout): the protected addresses the
 * plan destroys or replaces, by unit, and whether the step fails or a label allowed it. Rendered once and put
 * under the title by plan-comment.ts, so every size of the report (comment, summary, file) starts with it.
 */


/** How many addresses the block names at most; the `protected-violations` output has them all. */
const PROTECTED_LISTED = 50;
const plural = (n, one, many = `${one}s`) => `${formatCount(n)} ${n === 1 ? one : many}`;
/** The block, or '' when nothing protected is touched and every unit could be checked. */
function renderProtectedBlock(report) {
    const { violations, unchecked } = report;
    if (violations.length === 0 && unchecked.length === 0)
        return '';
    const what = [];
    if (violations.length > 0) {
        what.push(`**${plural(violations.length, 'protected resource')} will be destroyed or replaced**`);
    }
    if (unchecked.length > 0) {
        what.push(`**${plural(unchecked.length, 'unit')} could not be checked** for protected resources`);
    }
    const label = report.overrideLabel ? inlineCode(report.overrideLabel) : undefined;
    let verdict;
    if (report.overridden && label)
        verdict = `: allowed by the label ${label} on this pull request, so the step passes.`;
    else if (label)
        verdict = `, so this step fails unless the pull request carries the label ${label}.`;
    else
        verdict = ', so this step fails.';
    const lines = [report.overridden ? '> [!WARNING]' : '> [!CAUTION]', `> ${what.join(' and ')}${verdict}`];
    if (report.labelNote)
        lines.push(`> ${report.labelNote}`);
    let listed = 0;
    const shownUnits = new Set();
    const byUnit = new Map();
    for (const v of violations)
        byUnit.set(v.unit, [...(byUnit.get(v.unit) ?? []), v]);
    for (const [unit, list] of byUnit) {
        const room = PROTECTED_LISTED - listed;
        if (room <= 0)
            break;
        const shown = list.slice(0, room);
        shownUnits.add(unit);
        listed += shown.length;
        const parts = ['replace', 'destroy']
            .map((action) => {
            const addrs = shown.filter((v) => v.action === action).map((v) => inlineCode(v.address));
            return addrs.length > 0 ? `${action} ${addrs.join(', ')}` : '';
        })
            .filter(Boolean);
        const more = list.length > shown.length ? ` and ${formatCount(list.length - shown.length)} more` : '';
        lines.push(`> - ${inlineCode(unit)}: ${parts.join('; ')}${more}`);
    }
    const rest = violations.filter((v) => !shownUnits.has(v.unit));
    if (rest.length > 0) {
        const units = new Set(rest.map((v) => v.unit)).size;
        lines.push(`> - and ${formatCount(rest.length)} more in ${plural(units, 'other unit')}: see the \`protected-violations\` output`);
    }
    for (const u of unchecked)
        lines.push(`> - ❓ ${inlineCode(u.unit)}: ${u.reason}`);
    return `#### 🛡️ Protected resources\n\n${lines.join('\n')}`;
}

;// CONCATENATED MODULE: ./src/core/render/plan-comment.ts





const PLAN_COMMENT_ACTION = 'terragrunt-plan-comment';
/** A truncated body smaller than this is hardly worth reading: below it, lower-priority bodies are omitted instead. */
const MIN_BODY = 3_000;
const ERROR_CELL_MAX = 240;
const LABEL_MAX = 200;
const isDestructive = (u) => u.destroyCount > 0 || u.replaceCount > 0;
const byPath = (a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.index - b.index);
const rank = (u) => (u.status === 'error' ? 0 : isDestructive(u) ? 1 : u.status === 'changes' ? 2 : 3);
const byRank = (a, b) => rank(a) - rank(b) || byPath(a, b);
const VERB = {
    create: 'created',
    update: 'updated in-place',
    delete: 'destroyed',
    replace: 'replaced',
    read: 'read',
    forget: 'forgotten',
    'no-op': undefined
};
function prepare(result, ctx) {
    return result.units.map((unit, index) => prepareUnit(unit, index, ctx.diffLines)).sort(byPath);
}
function prepareUnit(unit, index, diffLines) {
    const replacedSet = new Set(unit.replaced);
    const replaced = [...replacedSet];
    const destroyed = [...new Set(unit.destroyed)].filter((a) => !replacedSet.has(a));
    const firstError = unit.plan?.diagnostics.find((d) => d.severity === 'error');
    const errorText = unit.error ?? firstError?.summary ?? (unit.status === 'error' ? 'plan failed' : undefined);
    let body;
    if (unit.text.trim() !== '')
        body = planBody(unit.text, diffLines);
    else if (unit.status === 'error') {
        const diagnostics = (unit.plan?.diagnostics ?? [])
            .filter((d) => d.severity === 'error')
            .map((d) => `Error: ${d.summary}${d.detail ? `\n\n${d.detail}` : ''}`);
        body = linesBody((diagnostics.length > 0 ? diagnostics.join('\n\n') : (errorText ?? '')).split('\n'));
    }
    else if (unit.status === 'changes') {
        const headers = [];
        for (const c of unit.plan?.resources ?? []) {
            if (VERB[c.action])
                headers.push(`  # ${c.address} will be ${VERB[c.action]}`);
        }
        body = linesBody(headers);
    }
    else
        body = linesBody([]);
    const u = {
        index,
        path: unit.path,
        status: unit.status,
        counts: unit.counts,
        destroyed,
        replaced,
        destroyCount: Math.max(destroyed.length, unit.counts.destroy - unit.counts.replace),
        replaceCount: Math.max(replaced.length, unit.counts.replace),
        error: unit.status === 'error' && errorText !== undefined ? errorText : undefined,
        body
    };
    if (body.hasContent) {
        if (unit.status === 'error')
            u.priority = 0;
        else if (unit.status === 'changes')
            u.priority = isDestructive(u) ? 1 : 2;
    }
    return u;
}
// ---------------------------------------------------------------------------------------------------------------
// Pieces
/** `+3 ~1 -2 ±1` (replace only when non-zero). */
function formatCounts(c) {
    const parts = [`+${formatCount(c.add)}`, `~${formatCount(c.change)}`, `-${formatCount(c.destroy)}`];
    if (c.replace > 0)
        parts.push(`±${formatCount(c.replace)}`);
    return parts.join(' ');
}
function extraCounts(c) {
    const extras = [];
    if (c.import > 0)
        extras.push(`${formatCount(c.import)} to import`);
    if (c.move > 0)
        extras.push(`${formatCount(c.move)} moved`);
    if (c.forget > 0)
        extras.push(`${formatCount(c.forget)} to forget`);
    return extras;
}
const plan_comment_plural = (n, one, many = `${one}s`) => `${formatCount(n)} ${n === 1 ? one : many}`;
function anyCount(c) {
    return Object.values(c).some((n) => n > 0);
}
function renderTitle(result, units, ctx) {
    const tool = ctx.tool === 'tofu' ? 'OpenTofu plan' : ctx.tool === 'terraform' ? 'Terraform plan' : 'Plan';
    const label = ctx.label ? ` for ${escapeMarkdownInline(cutToSize(singleLine(ctx.label), LABEL_MAX))}` : '';
    const changed = result.hasChanges || anyCount(result.totals);
    const parts = [
        changed ? [`\`${formatCounts(result.totals)}\``, ...extraCounts(result.totals)].join(', ') : 'no changes'
    ];
    const failed = units.filter((u) => u.status === 'error').length;
    if (failed > 0)
        parts.push(`❌ ${plan_comment_plural(failed, 'unit')} failed`);
    return `### ${tool}${label}: ${parts.join(', ')}${titleTail(ctx)}`;
}
/** ` · `sha` · workflow run` for a title. */
function titleTail(ctx) {
    let tail = '';
    if (ctx.headSha)
        tail += ` · ${inlineCode(shortSha(ctx.headSha))}`;
    if (ctx.runUrl && /^https?:\/\//i.test(ctx.runUrl))
        tail += ` · ${markdown_link('workflow run', ctx.runUrl)}`;
    return tail;
}
const shortSha = (sha) => (/^[0-9a-f]{7,64}$/i.test(sha) ? sha.slice(0, 7) : cutToSize(sha, 40));
/**
 * The comment for a run that failed before it could show a plan: it replaces the previous commit's plan, so nobody
 * reads that plan as this commit's. `message` is one line (already redacted).
 */
function renderPlanFailure(ctx, message) {
    const label = ctx.label ? ` for ${escapeMarkdownInline(cutToSize(singleLine(ctx.label), LABEL_MAX))}` : '';
    const sha = ctx.headSha ? ` for ${inlineCode(shortSha(ctx.headSha))}` : '';
    return [
        `${marker(ctx.action ?? PLAN_COMMENT_ACTION, ctx.markerKey)}\n${markerData(ctx.markerPayload)}`,
        `### Plan${label}: ❌ failed${titleTail(ctx)}`,
        `> [!CAUTION]\n> The plan${sha} could not be made or shown, so this pull request has no current plan. ` +
            `An earlier plan no longer applies.\n>\n> ${escapeMarkdownInline(cutToSize(singleLine(message), 1_000))}`
    ].join('\n\n');
}
/** The callout's own share of a budgeted report (the comment): about a third, so the unit bodies keep the rest. */
const CALLOUT_SHARE = 1 / 3;
/**
 * The caution callout. At the `addresses` level it names every destroyed and replaced address by unit (units in table
 * order) when they fit in `maxChars` (by `textSize`); otherwise as many as fit, unit by unit, then `and N more in
 * <unit>`, and the units after that with their counts. Returns undefined when not even the counts fit in `maxChars`.
 * The `counts` and `totals` levels ignore `maxChars`.
 */
function renderCallout(units, level, where, deleted, maxChars = Number.POSITIVE_INFINITY) {
    const destructive = units.filter(isDestructive);
    const removed = renderDeleted(deleted, level);
    const failed = units.filter((u) => u.status === 'error').length;
    const failedNote = failed > 0
        ? `${plan_comment_plural(failed, 'unit')} failed to plan, so what ${failed === 1 ? 'it' : 'they'} would change is unknown.`
        : '';
    if (destructive.length === 0 && removed.length > 0) {
        return ['> [!CAUTION]', ...removed, ...(failedNote ? ['>', `> ❌ ${failedNote}`] : [])].join('\n');
    }
    if (destructive.length === 0) {
        return failed > 0
            ? `⚠️ Nothing will be destroyed or replaced in the units that planned, but ${failedNote}`
            : '✅ Nothing will be destroyed or replaced.';
    }
    const d = destructive.reduce((n, u) => n + u.destroyCount, 0);
    const r = destructive.reduce((n, u) => n + u.replaceCount, 0);
    const what = d > 0 && r > 0
        ? `${plan_comment_plural(d, 'resource')} will be destroyed and ${formatCount(r)} replaced`
        : d > 0
            ? `${plan_comment_plural(d, 'resource')} will be destroyed`
            : `${plan_comment_plural(r, 'resource')} will be replaced`;
    const inUnits = `in ${plan_comment_plural(destructive.length, 'unit')}`;
    const after = [];
    if (removed.length > 0)
        after.push('>', ...removed);
    if (failedNote)
        after.push('>', `> ❌ ${failedNote}`);
    if (level === 'totals') {
        const head = `> **${what}** ${inUnits}: see the Destroy and Replace columns below; the addresses are in ${where}.`;
        return ['> [!CAUTION]', head, ...after].join('\n');
    }
    if (level === 'counts') {
        const lines = destructive.map((u) => `> - ${inlineCode(u.path)}: ${unitCounts(u)}`);
        return ['> [!CAUTION]', `> **${what}** ${inUnits} (the addresses are in ${where}):`, ...lines, ...after].join('\n');
    }
    const full = ['> [!CAUTION]', `> **${what}** ${inUnits}:`];
    const lists = destructive.map(addressList);
    const fullLines = lists.map((l) => l.line(l.items.length));
    const whole = [...full, ...fullLines, ...after].join('\n');
    if (textSize(whole) <= maxChars)
        return whole;
    // Not all fit: every unit gets its counts line, then units in table order get addresses while they fit.
    const head = ['> [!CAUTION]', `> **${what}** ${inUnits} (what is not listed here is in ${where}):`];
    const lines = lists.map((l) => l.line(0));
    let size = textSize([...head, ...lines, ...after].join('\n'));
    if (size > maxChars)
        return undefined;
    for (let i = 0; i < lists.length; i++) {
        const list = lists[i];
        const base = textSize(lines[i]);
        // The most addresses of this unit that fit (a line's size grows with the addresses it lists).
        let lo = 0;
        let hi = list.items.length;
        while (lo < hi) {
            const mid = Math.ceil((lo + hi) / 2);
            if (size - base + list.size(mid) <= maxChars)
                lo = mid;
            else
                hi = mid - 1;
        }
        if (lo > 0) {
            lines[i] = list.line(lo);
            size += textSize(lines[i]) - base;
        }
        if (lo < list.items.length)
            break;
    }
    return [...head, ...lines, ...after].join('\n');
}
/** `3 destroyed, 2 replaced`. */
const unitCounts = (u) => [
    u.destroyCount > 0 ? `${formatCount(u.destroyCount)} destroyed` : '',
    u.replaceCount > 0 ? `${formatCount(u.replaceCount)} replaced` : ''
]
    .filter(Boolean)
    .join(', ');
/**
 * One unit's callout line with its first `k` addresses: `- unit: destroy a, b; replace c`, then `and N more in unit`
 * when some are left out, and the counts in all when the plan named fewer addresses than it counted.
 */
function addressList(u) {
    const items = [...u.destroyed, ...u.replaced].map((a) => inlineCode(a));
    const prefix = new Float64Array(items.length + 1);
    for (let i = 0; i < items.length; i++)
        prefix[i + 1] = prefix[i] + textSize(items[i]);
    const nd = u.destroyed.length;
    const path = inlineCode(u.path);
    const lead = `> - ${path}: `;
    const incomplete = u.destroyed.length < u.destroyCount || u.replaced.length < u.replaceCount;
    const inAll = incomplete ? ` (${unitCounts(u)} in all)` : '';
    const unknown = items.length === 0 ? `${unitCounts(u)} (addresses not known)` : '';
    const tail = (k) => {
        if (k === 0)
            return unknown || unitCounts(u);
        const more = items.length - k;
        return `${more > 0 ? `, and ${formatCount(more)} more in ${path}` : ''}${inAll}`;
    };
    // destroy a, b; replace c: the words and separators around the listed items.
    const glue = (k) => {
        const destroyed = Math.min(k, nd);
        const replaced = k - destroyed;
        let n = 0;
        if (destroyed > 0)
            n += 'destroy '.length + 2 * (destroyed - 1);
        if (replaced > 0)
            n += (destroyed > 0 ? 2 : 0) + 'replace '.length + 2 * (replaced - 1);
        return n;
    };
    return {
        items,
        line(k) {
            if (k === 0)
                return lead + tail(0);
            const destroyed = items.slice(0, Math.min(k, nd));
            const replaced = items.slice(destroyed.length, k);
            const parts = [
                destroyed.length > 0 ? `destroy ${destroyed.join(', ')}` : '',
                replaced.length > 0 ? `replace ${replaced.join(', ')}` : ''
            ].filter(Boolean);
            return lead + parts.join('; ') + tail(k);
        },
        size(k) {
            return textSize(lead) + prefix[k] + glue(k) + textSize(tail(k));
        }
    };
}
/** How many deleted units the callout names at most (the rest are counted). */
const DELETED_NAMED = 20;
/** Callout lines for units the pull request deletes (already redacted); none when there are none. */
function renderDeleted({ units: deleted, unknown }, level) {
    const notes = unknown
        .slice(0, DELETED_NAMED)
        .map((n) => `> ⚠️ ${escapeMarkdownInline(cutToSize(singleLine(n), 400))}`);
    if (unknown.length > DELETED_NAMED)
        notes.push(`> ⚠️ and ${formatCount(unknown.length - DELETED_NAMED)} more`);
    if (deleted.length === 0)
        return notes;
    if (notes.length > 0)
        return [...renderDeleted({ units: deleted, unknown: [] }, level), '>', ...notes];
    const head = `> **${plan_comment_plural(deleted.length, 'unit')} removed by this pull request** (not planned): ` +
        'their resources stay in the state, unmanaged, unless destroyed before the code is removed.';
    if (level === 'totals')
        return [head];
    const named = deleted.slice(0, DELETED_NAMED).map((p) => `> - ${inlineCode(p)}`);
    if (deleted.length > DELETED_NAMED)
        named.push(`> - and ${formatCount(deleted.length - DELETED_NAMED)} more`);
    return [head, ...named];
}
/** The units not planned because the pull request does not affect them, on one (collapsed) line. */
function renderSkipped(skipped, list) {
    const head = `⏭️ ${plan_comment_plural(skipped.length, 'unit')} skipped: not affected by this pull request`;
    if (!list)
        return `${head}.`;
    return details(head, skipped.map((p) => inlineCode(p)).join(' · '));
}
/** Why each planned unit was selected, one line each, collapsed. */
function renderReasons(reasons) {
    const head = `🧭 Why ${plan_comment_plural(reasons.length, 'unit')} ${reasons.length === 1 ? 'was' : 'were'} planned`;
    return details(head, reasons.map((r) => `- ${inlineCode(r.unit)}: ${escapeMarkdownInline(r.reason)}`).join('\n'));
}
const STATUS = {
    error: '❌ error',
    destroys: '⚠️ destroys',
    replaces: '⚠️ replaces',
    changes: '✏️ changes',
    'no-changes': '✅ no changes'
};
// A unit whose only destroys are replacements says it replaces: something new takes the old one's place.
const statusOf = (u) => u.status === 'error'
    ? STATUS.error
    : isDestructive(u)
        ? u.destroyCount > 0
            ? STATUS.destroys
            : STATUS.replaces
        : u.status === 'changes'
            ? STATUS.changes
            : STATUS['no-changes'];
function tableShape(units) {
    const keys = ['add', 'change', 'destroy', 'replace'];
    for (const key of ['import', 'move', 'forget'])
        if (units.some((u) => u.counts[key] > 0))
            keys.push(key);
    const error = units.some((u) => u.error !== undefined);
    const headers = ['Unit', 'Status', ...keys.map((k) => k[0].toUpperCase() + k.slice(1))];
    if (error)
        headers.push('Error');
    return { keys, headers, error };
}
/** The table with the units in `shown` (all when undefined), in path order, and a closing row for the rest. */
function renderTable(units, shape, shown, where) {
    if (units.length === 0)
        return '_No units were planned._';
    const rows = [];
    for (const u of units) {
        if (shown && !shown.has(u))
            continue;
        const row = [raw(inlineCode(u.path)), raw(statusOf(u))];
        for (const key of shape.keys)
            row.push(raw(u.counts[key] > 0 ? formatCount(u.counts[key]) : ''));
        if (shape.error)
            row.push(raw(u.error ? escapeMarkdownInline(cutToSize(singleLine(u.error), ERROR_CELL_MAX)) : ''));
        rows.push(row);
    }
    if (shown && shown.size < units.length) {
        const hidden = units.filter((u) => !shown.has(u));
        const changed = hidden.filter((u) => u.status !== 'no-changes').length;
        const what = changed > 0 ? ` (${formatCount(changed)} with changes or errors)` : '';
        rows.push([raw(`… ${plan_comment_plural(hidden.length, 'more unit')}${what}: see ${where}`), raw('')]);
    }
    const align = ['left', 'left', ...shape.keys.map(() => 'right'), 'left'];
    return table(shape.headers, rows, align);
}
function unitSummary(u) {
    const counts = u.status === 'error'
        ? ''
        : ` ${formatCounts(u.counts)}${extraCounts(u.counts)
            .map((e) => `, ${e}`)
            .join('')}`;
    return raw(`<code>${escapeHtml(neutralizeReferences(singleLine(u.path)))}</code> · ${statusOf(u)}${counts}`);
}
function cutNotice(cutLines, total, where) {
    return `<sub>✂️ ${formatCount(cutLines)} of ${plan_comment_plural(total, 'line')} cut to fit; the full plan is in ${where}.</sub>`;
}
function renderSection(u, text, cut, where) {
    const body = fence(text, 'diff', u.body.ticks());
    return details(unitSummary(u), cut ? `${body}\n\n${cutNotice(cut.cutLines, u.body.count, where)}` : body);
}
function renderOmitted(omitted, list, where) {
    if (list) {
        const names = [...omitted].sort(byPath).map((u) => inlineCode(u.path));
        return `✂️ **Not shown here** (did not fit): ${names.join(' · ')}. Their plans are in ${where}.`;
    }
    return `✂️ The plans of ${plan_comment_plural(omitted.length, 'more unit')} did not fit here; they are in ${where}.`;
}
function renderNoChanges(units, list) {
    const head = `✅ **No changes** in ${plan_comment_plural(units.length, 'unit')}`;
    return list ? `${head}: ${units.map((u) => inlineCode(u.path)).join(' · ')}` : `${head}.`;
}
// ---------------------------------------------------------------------------------------------------------------
// Budget
const SEPARATOR = '\n\n';
/** The size of a body's lines joined with `\n`. */
const bodySize = (body) => (body.count > 0 ? body.prefix[body.count] - 1 : 0);
const blocksSize = (blocks) => blocks.reduce((n, b) => n + textSize(b), 0) + SEPARATOR.length * Math.max(0, blocks.length - 1);
/**
 * Shares `available` among bodies (in priority order, each costing `size[i]` in full). Class by class: when a class
 * fits it is taken whole; otherwise the largest equal cap is found; when that cap is under MIN_BODY, bodies get
 * MIN_BODY each in priority order until the budget runs out. Returns each body's size (0 = omitted).
 */
function allocate(sizes, classes, available) {
    const alloc = sizes.map(() => 0);
    let left = available;
    for (let start = 0, end = 0; start < sizes.length; start = end) {
        while (end < sizes.length && classes[end] === classes[start])
            end++;
        const idx = Array.from({ length: end - start }, (_, i) => start + i);
        const total = idx.reduce((n, i) => n + sizes[i], 0);
        if (total <= left) {
            for (const i of idx)
                alloc[i] = sizes[i];
            left -= total;
            continue;
        }
        // The largest equal cap the class can have.
        let lo = 0;
        let hi = Math.max(...idx.map((i) => sizes[i]));
        while (lo < hi) {
            const mid = Math.ceil((lo + hi) / 2);
            if (idx.reduce((n, i) => n + Math.min(sizes[i], mid), 0) <= left)
                lo = mid;
            else
                hi = mid - 1;
        }
        if (lo >= MIN_BODY) {
            for (const i of idx) {
                alloc[i] = Math.min(sizes[i], lo);
                left -= alloc[i];
            }
            continue;
        }
        // Too many to give each a readable part: MIN_BODY each in priority order, the rest omitted.
        for (const i of idx) {
            const want = Math.min(sizes[i], MIN_BODY);
            if (want <= left) {
                alloc[i] = want;
                left -= want;
            }
        }
        // What remains goes to the first bodies that were cut.
        for (const i of idx) {
            if (alloc[i] > 0 && alloc[i] < sizes[i]) {
                const extra = Math.min(left, sizes[i] - alloc[i]);
                alloc[i] += extra;
                left -= extra;
            }
        }
    }
    return { alloc, left: Math.max(0, left) };
}
/** Prepares `result` for one or more `renderPreparedReport` calls. */
function preparePlanReport(result, ctx) {
    return { result, ctx, units: prepare(result, ctx) };
}
/**
 * The plan report under a size budget: `opts.maxChars` defaults to the comment budget (65,536 minus a margin); pass
 * `JOB_SUMMARY_LIMIT` for the job-summary version. Deterministic for the same input. To render one result under
 * several budgets, prepare it once with `preparePlanReport` and call `renderPreparedReport` for each.
 */
function renderPlanReport(result, ctx, opts = {}) {
    return renderPreparedReport(preparePlanReport(result, ctx), opts);
}
/** `renderPlanReport` of a prepared report. */
function renderPreparedReport(prepared, opts = {}) {
    const { result, ctx, units } = prepared;
    const maxChars = opts.maxChars ?? COMMENT_BUDGET;
    const where = markdown_link(raw(escapeHtml(opts.fullPlanName ?? 'the job summary')), opts.summaryUrl);
    const bodies = units.filter((u) => u.priority !== undefined).sort(byRank);
    const noChanges = units.filter((u) => u.status === 'no-changes');
    const deleted = { units: ctx.deletedUnits ?? [], unknown: ctx.deletedUnknown ?? [] };
    const skipped = ctx.skippedUnits ?? [];
    const reasons = ctx.plannedReasons ?? [];
    const markerLines = `${marker(ctx.action ?? PLAN_COMMENT_ACTION, ctx.markerKey)}\n${markerData(ctx.markerPayload)}`;
    const guard = ctx.protected ? renderProtectedBlock(ctx.protected) : '';
    const head = `${markerLines}\n\n${renderTitle(result, units, ctx)}${guard ? `\n\n${guard}` : ''}`;
    const footer = result.planHash
        ? `<sub>Plan hash <code>${escapeHtml(singleLine(result.planHash).slice(0, 12))}</code></sub>`
        : '';
    // Placeholders at their largest fallback size, upgraded later when room is left.
    const omittedReserve = bodies.length > 0 ? renderOmitted(bodies, false, where) : '';
    const noChangesShort = noChanges.length > 0 ? renderNoChanges(noChanges, false) : '';
    const skippedShort = skipped.length > 0 ? renderSkipped(skipped, false) : '';
    const tail = [omittedReserve, noChangesShort, skippedShort, footer].filter(Boolean);
    // 1. Marker, title, callout and table: the most detailed versions that fit.
    const shape = tableShape(units);
    const fullTable = renderTable(units, shape, undefined, where);
    // Each body costs its section plus a separator.
    const overhead = (u, cut) => textSize(renderSection(u, '', cut ? { cutLines: u.body.count } : undefined, where)) + SEPARATOR.length;
    const fullSizes = bodies.map((u) => overhead(u, false) + bodySize(u.body));
    // 0. Everything fits (always so for the full report).
    const complete = [head, renderCallout(units, 'addresses', where, deleted), fullTable];
    const completeTail = [
        noChanges.length > 0 ? renderNoChanges(noChanges, true) : '',
        skipped.length > 0 ? renderSkipped(skipped, true) : '',
        reasons.length > 0 ? renderReasons(reasons) : '',
        footer
    ].filter(Boolean);
    if (blocksSize([...complete, ...completeTail]) + fullSizes.reduce((n, size) => n + size, 0) <= maxChars) {
        return [...complete, ...bodies.map((u) => renderSection(u, u.body.text(), undefined, where)), ...completeTail].join(SEPARATOR);
    }
    let fixed;
    // The callout's own budget: its share of the whole, and never more than head, table and tail leave.
    const calloutRoom = Math.min(Math.floor(maxChars * (opts.calloutShare ?? CALLOUT_SHARE)), maxChars - blocksSize([head, fullTable, ...tail]) - SEPARATOR.length);
    for (const level of ['addresses', 'counts', 'totals']) {
        const callout = renderCallout(units, level, where, deleted, Math.max(0, calloutRoom));
        if (callout === undefined)
            continue;
        const candidate = [head, callout, fullTable];
        if (blocksSize([...candidate, ...tail]) <= maxChars) {
            fixed = candidate;
            break;
        }
    }
    if (!fixed) {
        // Even the table is too long: keep the most important rows (errors, destroys, changes, then the rest).
        const callout = renderCallout(units, 'totals', where, deleted);
        const ranked = [...units].sort(byRank);
        const tableOf = (rows) => renderTable(units, shape, new Set(ranked.slice(0, rows)), where);
        const fits = (rows) => blocksSize([head, callout, tableOf(rows), ...tail]) <= maxChars;
        let lo = 0;
        let hi = units.length - 1;
        while (lo < hi) {
            const mid = Math.ceil((lo + hi) / 2);
            if (fits(mid))
                lo = mid;
            else
                hi = mid - 1;
        }
        fixed = [head, callout, tableOf(lo)];
    }
    // 2. Bodies.
    const available = maxChars - blocksSize([...fixed, ...tail]);
    const { alloc, left } = allocate(fullSizes, bodies.map((u) => u.priority), available);
    const sections = new Map();
    let spare = left;
    bodies.forEach((u, i) => {
        const size = alloc[i];
        if (size <= 0)
            return;
        if (size >= fullSizes[i]) {
            sections.set(u, renderSection(u, u.body.text(), undefined, where));
            return;
        }
        const room = size - overhead(u, true);
        const cut = truncateLines(u.body, room, { note: (n, first) => cutLineNote(n, first, opts) });
        if (cut.lines.length === 0) {
            spare += size;
            return;
        }
        const section = renderSection(u, cut.lines.join('\n'), { cutLines: cut.cutLines }, where);
        spare += size - textSize(section) - SEPARATOR.length;
        sections.set(u, section);
    });
    // 3. Leftover room: list the omitted and unchanged units by name when they fit.
    const omitted = bodies.filter((u) => !sections.has(u));
    let omittedBlock = omitted.length > 0 ? renderOmitted(omitted, false, where) : '';
    if (omitted.length > 0)
        spare += textSize(omittedReserve) - textSize(omittedBlock);
    else if (omittedReserve)
        spare += textSize(omittedReserve) + SEPARATOR.length;
    if (omitted.length > 0) {
        const listed = renderOmitted(omitted, true, where);
        const extra = textSize(listed) - textSize(omittedBlock);
        if (extra <= spare) {
            omittedBlock = listed;
            spare -= extra;
        }
    }
    let noChangesBlock = noChangesShort;
    if (noChanges.length > 0) {
        const listed = renderNoChanges(noChanges, true);
        const extra = textSize(listed) - textSize(noChangesShort);
        if (extra <= spare) {
            noChangesBlock = listed;
            spare -= extra;
        }
    }
    let skippedBlock = skippedShort;
    if (skipped.length > 0) {
        const listed = renderSkipped(skipped, true);
        const extra = textSize(listed) - textSize(skippedShort);
        if (extra <= spare) {
            skippedBlock = listed;
            spare -= extra;
        }
    }
    let reasonsBlock = '';
    if (reasons.length > 0) {
        const listed = renderReasons(reasons);
        if (textSize(listed) + SEPARATOR.length <= spare) {
            reasonsBlock = listed;
            spare -= textSize(listed) + SEPARATOR.length;
        }
    }
    const assemble = () => [
        ...fixed,
        ...bodies.flatMap((u) => sections.get(u) ?? []),
        omittedBlock,
        noChangesBlock,
        skippedBlock,
        reasonsBlock,
        footer
    ]
        .filter(Boolean)
        .join(SEPARATOR);
    let out = assemble();
    // The accounting above is exact; this only guards the invariant if it ever drifts.
    for (let i = bodies.length - 1; textSize(out) > maxChars && i >= 0; i--) {
        if (!sections.delete(bodies[i]))
            continue;
        omittedBlock = renderOmitted(bodies.filter((u) => !sections.has(u)), false, where);
        out = assemble();
    }
    if (textSize(out) <= maxChars)
        return out;
    // A budget too small for even the table: say so in whatever still fits, never a half-cut tag or comment.
    const fallbacks = [`${head}\n\n✂️ This plan is too large to show here; see ${where}.`, head, markerLines, ''];
    return fallbacks.find((text) => textSize(text) <= maxChars) ?? '';
}
/** The line that stands for a run of cut lines inside a fence (no backticks, so it cannot close the fence). */
function cutLineNote(n, first, opts) {
    const name = singleLine(opts.fullPlanName ?? 'the job summary').replace(/`/g, "'");
    return `… ${plan_comment_plural(n, 'line')} cut${first ? ` here, full plan in ${name}` : ''} …`;
}
/** The whole report without a size budget, for the report-path file. */
function renderPlanReportFull(result, ctx, opts = {}) {
    return renderPreparedReportFull(preparePlanReport(result, ctx), opts);
}
/** `renderPlanReportFull` of a prepared report. */
function renderPreparedReportFull(prepared, opts = {}) {
    return renderPreparedReport(prepared, { ...opts, maxChars: Number.POSITIVE_INFINITY });
}

;// CONCATENATED MODULE: ./src/terragrunt-plan-comment/freshness.ts
/**
 * Which run's comment is newer. Two runs for one PR can finish out of order (a slow run for an older commit after a
 * fast one for the new head, or a re-run of an old run), so a run reads the stamp in the comment's marker payload
 * before it writes, and leaves a newer run's comment alone.
 */
/** The stamp in a marker payload, or undefined for a payload without one (an older version of this action). */
function stampOf(payload) {
    if (payload === null || typeof payload !== 'object')
        return undefined;
    const p = payload;
    if (typeof p.headSha !== 'string' || typeof p.runId !== 'number' || typeof p.runAttempt !== 'number')
        return undefined;
    return {
        headSha: p.headSha,
        runId: p.runId,
        runAttempt: p.runAttempt,
        runNumber: typeof p.runNumber === 'number' ? p.runNumber : 0
    };
}
/**
 * Why our run must leave the comment stamped `theirs` alone, or undefined when we may overwrite it. `prHead` is the
 * pull request's head commit as GitHub reports it now (undefined when unknown).
 * - the same run: only an equal or later attempt writes;
 * - a comment about the PR's current head is never replaced by a run that planned another commit;
 * - otherwise the run created later (larger run id) wins, unless only ours planned the current head.
 */
function newerComment(ours, theirs, prHead) {
    if (!theirs)
        return undefined;
    if (theirs.runId === ours.runId) {
        return theirs.runAttempt > ours.runAttempt
            ? `attempt ${theirs.runAttempt} of this run wrote it after this attempt (${ours.runAttempt})`
            : undefined;
    }
    const oursCurrent = prHead !== undefined && ours.headSha === prHead;
    const theirsCurrent = prHead !== undefined && theirs.headSha === prHead;
    if (!oursCurrent && theirsCurrent) {
        return `it shows ${freshness_short(theirs.headSha)}, the pull request's head, and this run planned ${freshness_short(ours.headSha)}`;
    }
    if (theirs.runId > ours.runId && !(oursCurrent && !theirsCurrent)) {
        return `run #${theirs.runNumber} (started after this one) wrote it`;
    }
    return undefined;
}
const freshness_short = (sha) => sha.slice(0, 7);

;// CONCATENATED MODULE: ./src/terragrunt-plan-comment/on-empty.ts
/**
 * True when there is nothing for a reviewer to see: no unit changes anything or failed, and the pull request removes
 * no unit (units removed by the pull request leave resources unmanaged, which the comment must say). A run that
 * planned no unit at all is empty too.
 */
function isEmptyPlan(result, deletedUnits = []) {
    return (!result.hasChanges &&
        !result.hasDestroy &&
        deletedUnits.length === 0 &&
        result.units.every((u) => u.status === 'no-changes') &&
        Object.values(result.totals).every((n) => n === 0));
}
/**
 * What to do with our comment: `write` (create or update it), `existing` (update one that exists, post none),
 * `delete` (remove ours).
 * - a plan with something in it is always written;
 * - `update`: written like any plan (the comment then says there are no changes);
 * - `skip`: nothing posted when there was no comment, but one that exists is updated, since leaving it would keep
 *   showing an earlier plan's changes as this commit's;
 * - `delete`: our comments are removed.
 */
function emptyPlanAction(onEmpty, empty) {
    if (!empty || onEmpty === 'update')
        return 'write';
    return onEmpty === 'skip' ? 'existing' : 'delete';
}

;// CONCATENATED MODULE: ./src/terragrunt-plan-comment/reviewed.ts
/**
 * verify-reviewed, the decisions: which merged pull request a push belongs to, what plan our comment on it showed,
 * which units to plan now, and whether the plan made now is the one reviewers saw. Pure functions; verify.ts does
 * the I/O.
 *
 * The plan comment's marker payload carries the plan hash over all units (`planHash`) and, since this feature, one
 * hash per unit (`unitHashes`: unit path as shown in the comment -> plan-hash.ts `unitPlanHash`). A comment written
 * before per-unit hashes existed (or one whose units did not fit the marker) can only be compared by the total.
 */



/** A marker payload's `unitHashes` longer than this (as JSON) is left out: the comment's size is for the plan. */
const MAX_UNIT_HASHES_CHARS = 12_000;
/**
 * Unit path -> unit hash, for the units of one (redacted) plan result in its order. Two units that `redact` masks
 * to the same path share one entry: a hash over theirs in order, so both sides of a comparison agree.
 */
function unitHashMap(units) {
    const groups = new Map();
    for (const u of units) {
        const list = groups.get(u.path) ?? [];
        list.push(u.hash ?? '');
        groups.set(u.path, list);
    }
    const out = new Map();
    for (const [path, hashes] of groups) {
        out.set(path, hashes.length === 1
            ? hashes[0]
            : (0,external_node_crypto_.createHash)('sha256').update(hashes.join('\n')).digest('hex').slice(0, UNIT_HASH_LENGTH));
    }
    return out;
}
/** The marker payload's `unitHashes`, or undefined when they would not fit `MAX_UNIT_HASHES_CHARS`. */
function markerUnitHashes(units) {
    const hashes = Object.fromEntries(unitHashMap(units));
    return JSON.stringify(hashes).length <= MAX_UNIT_HASHES_CHARS ? hashes : undefined;
}
/**
 * The pull request whose merge made commit `sha`: merged, with `merge_commit_sha` equal to `sha` (GitHub also lists
 * open pull requests and those a commit merely belongs to). An error message when there is none (saying how long
 * verify.ts waited for GitHub to link it, when it did), or more than one.
 */
function pickMergedPull(pulls, sha, waited) {
    const merged = pulls.filter((p) => p.merged_at !== null && p.merge_commit_sha === sha);
    if (merged.length === 1)
        return { pull: merged[0] };
    const at = `Commit ${reviewed_short(sha)}`;
    if (merged.length > 1) {
        return {
            error: `${at} is the merge commit of ${merged.length} pull requests (${merged.map((p) => `#${p.number}`).join(', ')}): cannot tell which review it stands for.`
        };
    }
    const others = pulls.length === 0
        ? 'GitHub lists no pull request for it'
        : `GitHub lists only ${pulls.map((p) => `#${p.number}${p.merged_at === null ? ' (not merged)' : ` (merged as ${reviewed_short(p.merge_commit_sha ?? '')})`}`).join(', ')}`;
    const after = waited ? `, read ${waited.reads} times over ${Math.round(waited.ms / 1000)} s` : '';
    return {
        error: `${at} is not the merge commit of a pull request (${others}${after}), so no reviewed plan belongs to it. Run verify-reviewed on the push that merges a pull request.`
    };
}
/** The reviewed plan in one of our comments' marker payload, or undefined when the payload has no run stamp. */
function readReviewedPlan(payload, url) {
    const stamp = stampOf(payload);
    if (!stamp)
        return undefined;
    const p = payload;
    const hashes = p.unitHashes;
    const unitHashes = hashes !== null &&
        typeof hashes === 'object' &&
        !Array.isArray(hashes) &&
        Object.values(hashes).every((h) => typeof h === 'string')
        ? hashes
        : undefined;
    return {
        stamp,
        failed: p.failed === true,
        planHash: typeof p.planHash === 'string' ? p.planHash : undefined,
        unitHashes,
        url
    };
}
/** The latest of several reviewed plans: the newest run, then the latest attempt (the sticky comment keeps one). */
function latestReviewedPlan(plans) {
    let latest;
    for (const p of plans) {
        if (!p)
            continue;
        if (!latest ||
            p.stamp.runId > latest.stamp.runId ||
            (p.stamp.runId === latest.stamp.runId && p.stamp.runAttempt > latest.stamp.runAttempt))
            latest = p;
    }
    return latest;
}
// ---------------------------------------------------------------------------------------------------------------
// Units to plan
/**
 * The units to plan on the push: the changed-files selection of the merged pull request plus every unit the review
 * planned (from the marker) that still exists. `missing` lists reviewed units that exist no more (they count as
 * different).
 */
function withReviewedUnits(selection, reviewed) {
    const reviewedUnits = Object.keys(reviewed?.unitHashes ?? {});
    const all = new Set(selection.all);
    const planned = new Set(selection.units);
    const added = reviewedUnits.filter((u) => all.has(u) && !planned.has(u)).sort();
    const missing = reviewedUnits.filter((u) => !all.has(u)).sort();
    const units = [...selection.units, ...added].sort();
    const skipped = selection.skipped.filter((u) => !added.includes(u));
    return { selection: { ...selection, units, skipped }, added, missing };
}
const WHY = {
    changed: 'plan differs from the reviewed one',
    'not-reviewed': 'planned now, not in the reviewed plan',
    'not-planned': 'in the reviewed plan, not planned now',
    failed: 'failed to plan now'
};
/** One unit's difference as a reader sees it. */
const describeDifference = (why) => WHY[why];
/** Is the plan made now (fresh) the plan reviewers saw on the merged pull request? */
function compareWithReview({ reviewed, pull, fresh }) {
    const pr = `pull request #${pull.number}`;
    const unreviewed = (reason, note) => ({
        matches: false,
        by: 'none',
        reason,
        units: [],
        note
    });
    if (!reviewed)
        return unreviewed(`${pr} has no plan comment of this action: no plan was reviewed`);
    if (reviewed.failed) {
        return unreviewed(`the plan comment on ${pr} shows that planning ${reviewed_short(reviewed.stamp.headSha)} failed: reviewers saw no plan`);
    }
    if (reviewed.stamp.headSha !== pull.headSha) {
        return unreviewed(`the plan comment on ${pr} is for commit ${reviewed_short(reviewed.stamp.headSha)}, but the pull request's last commit is ${reviewed_short(pull.headSha)}: reviewers did not see the plan of the code that was merged`);
    }
    const failed = fresh.units.filter((u) => u.status === 'error').map((u) => u.path);
    if (reviewed.unitHashes) {
        const now = unitHashMap(fresh.units);
        const then = new Map(Object.entries(reviewed.unitHashes));
        const units = [];
        for (const path of [...new Set([...now.keys(), ...then.keys()])].sort(comparePaths)) {
            const a = then.get(path);
            const b = now.get(path);
            if (failed.includes(path))
                units.push({ path, why: 'failed' });
            else if (a === undefined)
                units.push({ path, why: 'not-reviewed' });
            else if (b === undefined)
                units.push({ path, why: 'not-planned' });
            else if (a !== b)
                units.push({ path, why: 'changed' });
        }
        if (units.length === 0)
            return { matches: true, by: 'units', units };
        const named = units.slice(0, 10).map((u) => `${u.path} (${WHY[u.why]})`);
        if (units.length > 10)
            named.push(`and ${units.length - 10} more`);
        return {
            matches: false,
            by: 'units',
            units,
            reason: `${units.length} unit(s) differ from the plan reviewed on ${pr}: ${named.join(', ')}`
        };
    }
    if (reviewed.planHash) {
        const note = `the plan comment on ${pr} has no per-unit hashes (written by an older version of this action, or too many ` +
            'units for its marker): compared by the total plan hash only, so the units that differ cannot be named';
        const units = failed.map((path) => ({ path, why: 'failed' }));
        if (units.length === 0 && reviewed.planHash === fresh.planHash)
            return { matches: true, by: 'total', units, note };
        return {
            matches: false,
            by: 'total',
            units,
            note,
            reason: units.length > 0
                ? `${units.length} unit(s) failed to plan now: ${units.map((u) => u.path).join(', ')}`
                : `the plan hash now (${fresh.planHash.slice(0, 12)}) is not the one reviewed on ${pr} (${reviewed.planHash.slice(0, 12)})`
        };
    }
    return unreviewed(`the plan comment on ${pr} carries no plan hash to compare with`);
}
const comparePaths = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const reviewed_short = (sha) => (/^[0-9a-f]{7,}$/i.test(sha) ? sha.slice(0, 7) : sha);

;// CONCATENATED MODULE: ./src/terragrunt-plan-comment/tool.ts

/**
 * Which tool made the plans, for the comment's title ("OpenTofu plan" / "Terraform plan"):
 * 1. `tf-binary` when its file name is the tool's (`tofu`, `/usr/local/bin/terraform`): Terragrunt ran that binary,
 *    whatever wording the plan text carries;
 * 2. else the plan's own wording (`OpenTofu used …` / `Terraform will perform …`), e.g. when Terragrunt chose;
 * 3. else a `tf-binary` path that mentions one (`/opt/tofu-1.10/bin/tf`); else undefined (the title says "Plan").
 */
function planTool(texts, tfBinary) {
    const bin = tfBinary?.trim() ?? '';
    const named = /^(tofu|terraform)(?:\.exe)?$/i.exec((0,external_node_path_.basename)(bin))?.[1];
    if (named)
        return named.toLowerCase();
    const text = texts.join('\n');
    if (/\bOpenTofu (?:used|will perform)\b/.test(text))
        return 'tofu';
    if (/\bTerraform (?:used|will perform)\b/.test(text))
        return 'terraform';
    if (/tofu/i.test(bin))
        return 'tofu';
    if (/terraform/i.test(bin))
        return 'terraform';
    return undefined;
}

;// CONCATENATED MODULE: ./src/terragrunt-plan-comment/publish.ts















/** 2: the payload carries the run stamp (headSha, runId, runAttempt, runNumber). */
const MARKER_SCHEMA = 2;
/** The job summary's callout may take this share of it, so it can list every destroyed and replaced address. */
const SUMMARY_CALLOUT_SHARE = 0.75;
/** Renders once, then writes the full report file and the job summary (nothing that a comment write can block). */
async function writeReport(result, settings, ctx, selection, guard) {
    const rctx = {
        // Per-unit hashes let verify-reviewed name the units that differ on the push that merges the PR.
        ...reportContext(settings, ctx, { planHash: result.planHash, unitHashes: markerUnitHashes(result.units) }),
        // tf-binary is ignored with plan-path (the plans were made elsewhere): then only their wording tells.
        tool: planTool(result.units.map((u) => u.text), settings.planPath ? undefined : settings.tfBinary),
        diffLines: toDiffLines,
        // Unit paths outside the plan result, masked like it.
        deletedUnits: selection?.deleted.map((0,render_redact/* redactor */.$p)(settings.redact)),
        deletedUnknown: selection?.deletedUnknown.map((0,render_redact/* redactor */.$p)(settings.redact)),
        skippedUnits: selection?.skipped.map((0,render_redact/* redactor */.$p)(settings.redact)),
        plannedReasons: [...(selection?.reasons ?? [])].map(([unit, reason]) => ({
            unit: (0,render_redact/* redactor */.$p)(settings.redact)(unit),
            reason: (0,render_redact/* redactor */.$p)(settings.redact)(reason)
        })),
        protected: guard
    };
    // Units are prepared once (diff lines, sizes, fences) and rendered at three sizes.
    const prepared = preparePlanReport(result, rctx);
    const dir = process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)();
    const reportPath = (0,external_node_path_.join)(dir, `terragrunt-plan-${rctx.markerKey.replace(/[^\w.-]+/g, '_')}.md`);
    await (0,promises_.writeFile)(reportPath, renderPreparedReportFull(prepared));
    const summary = renderPreparedReport(prepared, {
        maxChars: JOB_SUMMARY_LIMIT - 1024,
        fullPlanName: `the report file ${reportPath}`,
        // The summary is where the comment points for every destroyed and replaced address: the callout may take most.
        calloutShare: SUMMARY_CALLOUT_SHARE
    });
    await actions_core/* summary */.z.addRaw(summary, true).write();
    return { prepared, reportPath };
}
/**
 * Creates or updates our sticky PR comment (on pull request events, unless `comment: off`); an empty plan follows
 * `on-empty`.
 */
async function writeComment(report, settings, ctx, octokit) {
    const body = () => renderPreparedReport(report.prepared, { maxChars: COMMENT_BUDGET, summaryUrl: ctx.runUrl });
    const { deletedUnits = [], deletedUnknown = [] } = report.prepared.ctx;
    const empty = isEmptyPlan(report.prepared.result, [...deletedUnits, ...deletedUnknown]);
    const how = emptyPlanAction(settings.onEmpty, empty);
    if (how !== 'write')
        actions_core/* info */.pq(`The plan is empty; on-empty is '${settings.onEmpty}'.`);
    const url = await writeSticky(body, settings, ctx, octokit, how === 'write' ? true : how === 'existing' ? false : 'delete');
    if (url)
        actions_core/* setOutput */.uH('comment-url', url);
}
/**
 * Replaces our comment with a failure notice for this commit when the run fails (`created`: also post one when
 * there is none yet, for failures once planning started). Never throws: the run's own error is what matters.
 */
async function writeFailureComment(message, settings, ctx, octokit, create) {
    try {
        const body = () => renderPlanFailure(reportContext(settings, ctx, { failed: true }), message);
        await writeSticky(body, settings, ctx, octokit, create);
    }
    catch (error) {
        actions_core/* warning */.$e(`Could not mark the plan comment as failed: ${error.message}`);
    }
}
/** The marker, stamp and title facts every comment of this run carries. */
function reportContext(settings, ctx, extra) {
    const stamp = stampOfRun(ctx);
    return {
        label: settings.label || undefined,
        headSha: ctx.sha,
        runUrl: ctx.runUrl,
        markerKey: settings.label || 'default',
        markerPayload: { schema: MARKER_SCHEMA, label: settings.label, ...stamp, ...extra }
    };
}
function stampOfRun(ctx) {
    return { headSha: ctx.sha, runId: ctx.run.id, runAttempt: ctx.run.attempt, runNumber: ctx.run.number };
}
/** Writes `body` as our sticky comment unless a newer run's comment is there; the comment's URL when written. */
async function writeSticky(body, settings, ctx, octokit, create) {
    if (settings.comment === 'off')
        return undefined;
    if (!ctx.pullRequest) {
        actions_core/* info */.pq(`Event ${ctx.eventName} is not about a pull request: no comment, see the job summary.`);
        return undefined;
    }
    if (!octokit) {
        actions_core/* info */.pq("Input 'github-token' is empty: no comment, see the job summary.");
        return undefined;
    }
    const target = { ...ctx.repo, number: ctx.pullRequest.number };
    const ours = stampOfRun(ctx);
    let prHead;
    const currentHead = () => (prHead ??= octokit.rest.pulls
        .get({ ...ctx.repo, pull_number: target.number })
        .then((r) => r.data.head.sha)
        .catch(() => undefined));
    const keep = async (c) => {
        const theirs = stampOf(parseMarkerData(c.body));
        return theirs ? newerComment(ours, theirs, await currentHead()) : undefined;
    };
    try {
        const me = await (0,github/* readTokenIdentity */.sb)(octokit);
        const mark = marker(PLAN_COMMENT_ACTION, settings.label || 'default');
        const res = create === 'delete'
            ? await (0,github/* deleteStickyComments */.Z5)(octokit, target, mark, me, { keep })
            : await (0,github/* upsertStickyComment */.qD)(octokit, target, mark, body(), me, settings.comment, { keep, create });
        if (res.action === 'skipped') {
            if (res.url)
                actions_core/* warning */.$e(`Left the plan comment ${res.url} as it is: ${res.reason}.`);
            return undefined;
        }
        for (const m of res.notMinimized ?? [])
            actions_core/* warning */.$e(`Could not hide the earlier plan comment ${m.id}: ${m.reason}`);
        actions_core/* info */.pq(`Plan comment ${res.action}: ${res.url}${res.minimized?.length ? ` (${res.minimized.length} earlier one(s) hidden as outdated)` : ''}`);
        return res.action === 'deleted' ? undefined : res.url;
    }
    catch (error) {
        const status = (0,errors/* httpStatus */.n)(error);
        if (status !== 403 && status !== 404)
            throw error;
        actions_core/* warning */.$e(`Could not write the plan comment (GitHub answered ${status}): give the job 'pull-requests: write' permission; PRs from forks get a read-only token. The plan is in the job summary.`);
        return undefined;
    }
}

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 6 modules
var esm = __webpack_require__(5273);
;// CONCATENATED MODULE: ./src/core/terragrunt/hcl.ts
/**
 * A small, tolerant reader for HCL native syntax: enough structure (blocks, attributes, expressions) to find the
 * files and directories a Terragrunt config refers to, without evaluating it. It understands comments (`#`, `//`,
 * `/* *\/`), quoted templates with escapes and `${…}` / `%{…}` sequences, heredocs and nested brackets, so text that
 * only looks like a reference (inside a comment, a string literal or a heredoc) never becomes one. It is not a
 * validator: on a syntax error it records a message and skips to the next line.
 */
const IDENT_START = /[\p{L}_]/u;
const IDENT_PART = /[\p{L}\p{N}_-]/u;
const NUMBER = /\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEREDOC_HEADER = /<<(-?)([\p{L}_][\p{L}\p{N}_-]*)[ \t]*\r?\n/uy;
const PUNCT3 = ['...'];
const PUNCT2 = ['==', '!=', '<=', '>=', '&&', '||', '=>', '::'];
/** Splits HCL source into tokens; template tokens carry their literal parts and the tokens of each `${…}`. */
function tokenize(source) {
    const lexer = new Lexer(source);
    const tokens = lexer.tokens(false);
    tokens.push({ type: 'eof', start: source.length, end: source.length });
    return tokens;
}
class Lexer {
    src;
    pos = 0;
    constructor(src) {
        this.src = src;
    }
    /** Reads tokens to the end of input, or (inside `${…}`) to the brace that closes it. */
    tokens(inTemplate) {
        const src = this.src;
        const out = [];
        let depth = 0;
        while (this.pos < src.length) {
            const start = this.pos;
            const c = src[start];
            const next = src[start + 1];
            if (c === ' ' || c === '\t' || c === '\r' || c === '\uFEFF') {
                this.pos++;
            }
            else if (c === '\n') {
                this.pos++;
                out.push({ type: 'newline', start, end: this.pos });
            }
            else if (c === '#' || (c === '/' && next === '/')) {
                const eol = src.indexOf('\n', start);
                this.pos = eol < 0 ? src.length : eol;
            }
            else if (c === '/' && next === '*') {
                const close = src.indexOf('*/', start + 2);
                this.pos = close < 0 ? src.length : close + 2;
            }
            else if (inTemplate && depth === 0 && (c === '}' || (c === '~' && next === '}'))) {
                this.pos += c === '~' ? 2 : 1;
                return out;
            }
            else if (c === '"') {
                out.push(this.quoted());
            }
            else if (c === '<' && next === '<' && this.heredocHeader() !== undefined) {
                out.push(this.heredoc());
            }
            else if (c >= '0' && c <= '9') {
                NUMBER.lastIndex = start;
                const m = NUMBER.exec(src);
                this.pos = start + m[0].length;
                out.push({ type: 'number', value: m[0], start, end: this.pos });
            }
            else if (IDENT_START.test(c)) {
                this.pos++;
                while (this.pos < src.length && IDENT_PART.test(src[this.pos]))
                    this.pos++;
                out.push({ type: 'ident', value: src.slice(start, this.pos), start, end: this.pos });
            }
            else {
                const three = src.slice(start, start + 3);
                const two = src.slice(start, start + 2);
                const value = PUNCT3.includes(three) ? three : PUNCT2.includes(two) ? two : c;
                this.pos += value.length;
                if (value === '{')
                    depth++;
                else if (value === '}')
                    depth--;
                out.push({ type: 'punct', value, start, end: this.pos });
            }
        }
        return out;
    }
    heredocHeader() {
        HEREDOC_HEADER.lastIndex = this.pos;
        return HEREDOC_HEADER.exec(this.src) ?? undefined;
    }
    /** A quoted template: `"…"` with escapes; an unterminated string ends at the end of its line. */
    quoted() {
        const src = this.src;
        const start = this.pos++;
        const parts = [];
        let literal = '';
        while (this.pos < src.length) {
            const c = src[this.pos];
            const next = src[this.pos + 1];
            if (c === '\n')
                break;
            if (c === '"') {
                this.pos++;
                break;
            }
            if (c === '\\') {
                literal += this.escape();
                continue;
            }
            if ((c === '$' || c === '%') && next === c && src[this.pos + 2] === '{') {
                literal += `${c}{`;
                this.pos += 3;
                continue;
            }
            if ((c === '$' || c === '%') && next === '{') {
                if (literal)
                    parts.push({ type: 'literal', value: literal });
                literal = '';
                parts.push(this.sequence(c));
                continue;
            }
            literal += c;
            this.pos++;
        }
        if (literal || parts.length === 0)
            parts.push({ type: 'literal', value: literal });
        return { type: 'template', parts, heredoc: false, start, end: this.pos };
    }
    escape() {
        const src = this.src;
        const e = src[this.pos + 1];
        const simple = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
        if (e !== undefined && e in simple) {
            this.pos += 2;
            return simple[e];
        }
        if (e === 'u' || e === 'U') {
            const len = e === 'u' ? 4 : 8;
            const hex = src.slice(this.pos + 2, this.pos + 2 + len);
            if (/^[0-9a-fA-F]+$/.test(hex) && hex.length === len) {
                this.pos += 2 + len;
                const code = parseInt(hex, 16);
                return code <= 0x10ffff ? String.fromCodePoint(code) : '';
            }
        }
        this.pos += e === undefined || e === '\n' ? 1 : 2;
        return e === undefined || e === '\n' ? '\\' : `\\${e}`;
    }
    /** `${ expr }` or `%{ directive }` starting at `this.pos`. */
    sequence(kind) {
        const start = this.pos;
        this.pos += 2;
        if (this.src[this.pos] === '~')
            this.pos++;
        const tokens = this.tokens(true).filter((t) => t.type !== 'newline');
        return { type: kind === '$' ? 'interpolation' : 'directive', tokens, start, end: this.pos };
    }
    /** `<<EOF` / `<<-EOF` up to the line that holds only the marker (the newline after it is left for the parser). */
    heredoc() {
        const src = this.src;
        const start = this.pos;
        const header = this.heredocHeader();
        const marker = header[2];
        this.pos += header[0].length;
        const parts = [];
        let literal = '';
        let atLineStart = true;
        while (this.pos < src.length) {
            if (atLineStart) {
                const eol = src.indexOf('\n', this.pos);
                const line = src.slice(this.pos, eol < 0 ? src.length : eol);
                if (line.trim() === marker) {
                    this.pos = eol < 0 ? src.length : eol;
                    break;
                }
                atLineStart = false;
            }
            const c = src[this.pos];
            const next = src[this.pos + 1];
            if ((c === '$' || c === '%') && next === c && src[this.pos + 2] === '{') {
                literal += `${c}{`;
                this.pos += 3;
            }
            else if ((c === '$' || c === '%') && next === '{') {
                if (literal)
                    parts.push({ type: 'literal', value: literal });
                literal = '';
                parts.push(this.sequence(c));
            }
            else {
                literal += c;
                this.pos++;
                if (c === '\n')
                    atLineStart = true;
            }
        }
        if (literal || parts.length === 0)
            parts.push({ type: 'literal', value: literal });
        return { type: 'template', parts, heredoc: true, start, end: this.pos };
    }
}
class ParseError extends Error {
    at;
    constructor(message, at) {
        super(message);
        this.at = at;
    }
}
const BINARY_PRECEDENCE = {
    '||': 1,
    '&&': 2,
    '==': 3,
    '!=': 3,
    '<': 4,
    '>': 4,
    '<=': 4,
    '>=': 4,
    '+': 5,
    '-': 5,
    '*': 6,
    '/': 6,
    '%': 6
};
/** Parses HCL source into blocks and attributes; never throws on bad syntax (see `HclFile.errors`). */
function parseHcl(source) {
    const errors = [];
    const parser = new Parser(source, tokenize(source), errors);
    const body = parser.body(false);
    return { source, body, errors };
}
/** The 1-based line of an offset in `source`. */
function lineAt(source, offset) {
    let line = 1;
    for (let i = 0; i < offset && i < source.length; i++)
        if (source.charCodeAt(i) === 10)
            line++;
    return line;
}
/** The string value of an expression made only of literal text (a quoted string without `${}`), else undefined. */
function literalString(expr) {
    if (expr.kind === 'literal' && typeof expr.value === 'string')
        return expr.value;
    if (expr.kind === 'template' && !expr.directive && expr.parts.every((p) => typeof p === 'string')) {
        return expr.parts.join('');
    }
    return undefined;
}
/** Calls `visit` for every expression node under `expr` (itself included), depth first. */
function walkExpr(expr, visit) {
    visit(expr);
    switch (expr.kind) {
        case 'template':
            for (const p of expr.parts)
                if (typeof p !== 'string')
                    walkExpr(p, visit);
            break;
        case 'variable':
        case 'other':
            for (const c of expr.children)
                walkExpr(c, visit);
            break;
        case 'call':
            for (const a of expr.args)
                walkExpr(a, visit);
            break;
        case 'tuple':
            for (const i of expr.items)
                walkExpr(i, visit);
            break;
        case 'object':
            for (const { key, value } of expr.items) {
                walkExpr(key, visit);
                walkExpr(value, visit);
            }
            break;
        case 'literal':
            break;
    }
}
class Parser {
    source;
    toks;
    errors;
    i = 0;
    /** Above zero inside (), [] and {} expressions, where newlines do not end anything. */
    nesting = 0;
    constructor(source, toks, errors) {
        this.source = source;
        this.toks = toks;
        this.errors = errors;
    }
    body(inBlock) {
        const items = [];
        for (;;) {
            this.skipNewlines();
            const t = this.peekRaw();
            if (t.type === 'eof') {
                if (inBlock)
                    this.error('missing } before end of file', t.start);
                return items;
            }
            if (inBlock && isPunct(t, '}')) {
                this.i++;
                return items;
            }
            const itemStart = this.i;
            try {
                items.push(this.item());
                this.endOfItem();
            }
            catch (err) {
                if (!(err instanceof ParseError))
                    throw err;
                this.error(err.message, err.at);
                this.i = itemStart;
                this.recover(inBlock);
            }
        }
    }
    item() {
        const first = this.peekRaw();
        if (first.type !== 'ident')
            throw new ParseError(`expected an attribute or block, found ${describe(first)}`, first.start);
        this.i++;
        const after = this.peekRaw();
        if (isPunct(after, '=')) {
            this.i++;
            const expr = this.expr();
            return { type: 'attribute', name: first.value, expr, start: first.start };
        }
        const labels = [];
        for (;;) {
            const t = this.peekRaw();
            if (t.type === 'ident')
                labels.push(t.value);
            else if (t.type === 'template' && !t.heredoc && t.parts.every((p) => p.type === 'literal')) {
                labels.push(t.parts.map((p) => (p.type === 'literal' ? p.value : '')).join(''));
            }
            else
                break;
            this.i++;
        }
        const open = this.peekRaw();
        if (!isPunct(open, '{'))
            throw new ParseError(`expected = or { after ${first.value}, found ${describe(open)}`, open.start);
        this.i++;
        const saved = this.nesting;
        this.nesting = 0;
        try {
            const body = this.body(true);
            return { type: 'block', name: first.value, labels, body, start: first.start };
        }
        finally {
            this.nesting = saved;
        }
    }
    endOfItem() {
        const t = this.peekRaw();
        if (t.type === 'newline')
            this.i++;
        else if (t.type !== 'eof' && !isPunct(t, '}'))
            throw new ParseError(`unexpected ${describe(t)}`, t.start);
    }
    /**
     * Skips the item that starts at the current token: to the end of its line, counting brackets so a multi-line
     * value is skipped whole, and stopping before the `}` that closes the enclosing block.
     */
    recover(inBlock) {
        let depth = 0;
        for (;;) {
            const t = this.toks[this.i];
            if (t.type === 'eof')
                return;
            if (t.type === 'newline' && depth <= 0) {
                this.i++;
                return;
            }
            if (t.type === 'punct') {
                if (t.value === '{' || t.value === '[' || t.value === '(')
                    depth++;
                else if (t.value === '}' || t.value === ']' || t.value === ')') {
                    if (depth <= 0 && t.value === '}' && inBlock)
                        return;
                    depth--;
                }
            }
            this.i++;
        }
    }
    error(message, at) {
        this.errors.push(`line ${lineAt(this.source, at)}: ${message}`);
    }
    skipNewlines() {
        while (this.toks[this.i].type === 'newline')
            this.i++;
    }
    peekRaw() {
        return this.toks[this.i];
    }
    /** The next token, skipping newlines inside brackets. */
    peek() {
        if (this.nesting > 0)
            this.skipNewlines();
        return this.toks[this.i];
    }
    next() {
        const t = this.peek();
        if (t.type !== 'eof')
            this.i++;
        return t;
    }
    expect(value) {
        const t = this.peek();
        if (!isPunct(t, value))
            throw new ParseError(`expected ${value}, found ${describe(t)}`, t.start);
        this.i++;
        return t;
    }
    nested(fn) {
        this.nesting++;
        try {
            return fn();
        }
        finally {
            this.nesting--;
        }
    }
    expr() {
        const cond = this.binary(0);
        if (isPunct(this.peek(), '?')) {
            this.i++;
            const yes = this.expr();
            this.expect(':');
            const no = this.expr();
            return { kind: 'other', children: [cond, yes, no], start: cond.start, end: no.end };
        }
        return cond;
    }
    binary(minPrecedence) {
        let left = this.unary();
        for (;;) {
            const t = this.peek();
            const precedence = t.type === 'punct' ? BINARY_PRECEDENCE[t.value] : undefined;
            if (precedence === undefined || precedence <= minPrecedence)
                return left;
            this.i++;
            const right = this.binary(precedence);
            left = { kind: 'other', children: [left, right], start: left.start, end: right.end };
        }
    }
    unary() {
        const t = this.peek();
        if (isPunct(t, '-') || isPunct(t, '!')) {
            this.i++;
            const operand = this.unary();
            return { kind: 'other', children: [operand], start: t.start, end: operand.end };
        }
        return this.postfix(this.primary());
    }
    postfix(base) {
        let expr = base;
        for (;;) {
            const t = this.peek();
            if (isPunct(t, '.')) {
                this.i++;
                const part = this.next();
                let key;
                if (part.type === 'ident' || part.type === 'number')
                    key = part.value;
                else if (isPunct(part, '*'))
                    key = null;
                else
                    throw new ParseError(`expected an attribute name after ., found ${describe(part)}`, part.start);
                expr = this.extend(expr, key, [], part.end);
            }
            else if (isPunct(t, '[')) {
                this.i++;
                const { key, children, end } = this.nested(() => {
                    if (isPunct(this.peek(), '*')) {
                        this.i++;
                        return { key: null, children: [], end: this.expect(']').end };
                    }
                    const index = this.expr();
                    const lit = index.kind === 'literal' ? index.value : literalString(index);
                    const k = typeof lit === 'string' || typeof lit === 'number' ? String(lit) : null;
                    return { key: k, children: k === null ? [index] : [], end: this.expect(']').end };
                });
                expr = this.extend(expr, key, children, end);
            }
            else {
                return expr;
            }
        }
    }
    extend(expr, key, children, end) {
        if (expr.kind === 'variable')
            return { ...expr, path: [...expr.path, key], children: [...expr.children, ...children], end };
        return { kind: 'other', children: [expr, ...children], start: expr.start, end };
    }
    primary() {
        const t = this.next();
        switch (t.type) {
            case 'number':
                return { kind: 'literal', value: Number(t.value), start: t.start, end: t.end };
            case 'template':
                return this.template(t);
            case 'ident':
                return this.identifier(t);
            case 'punct':
                if (t.value === '(') {
                    const inner = this.nested(() => {
                        const e = this.expr();
                        this.expect(')');
                        return e;
                    });
                    return inner;
                }
                if (t.value === '[')
                    return this.nested(() => this.tuple(t.start));
                if (t.value === '{')
                    return this.nested(() => this.object(t.start));
                break;
        }
        throw new ParseError(`expected an expression, found ${describe(t)}`, t.start);
    }
    identifier(t) {
        if (t.value === 'true' || t.value === 'false')
            return { kind: 'literal', value: t.value === 'true', ...span(t) };
        if (t.value === 'null')
            return { kind: 'literal', value: null, ...span(t) };
        let name = t.value;
        // provider::name::function(...)
        while (isPunct(this.peekRaw(), '::') && this.toks[this.i + 1].type === 'ident') {
            name += `::${this.toks[this.i + 1].value}`;
            this.i += 2;
        }
        if (isPunct(this.peekRaw(), '(')) {
            this.i++;
            return this.nested(() => {
                const args = [];
                for (;;) {
                    const n = this.peek();
                    if (isPunct(n, ')')) {
                        this.i++;
                        return { kind: 'call', name, args, start: t.start, end: n.end };
                    }
                    args.push(this.expr());
                    if (isPunct(this.peek(), '...'))
                        this.i++;
                    const sep = this.peek();
                    if (isPunct(sep, ','))
                        this.i++;
                    else if (!isPunct(sep, ')'))
                        throw new ParseError(`expected , or ) in call to ${name}, found ${describe(sep)}`, sep.start);
                }
            });
        }
        return { kind: 'variable', name, path: [], children: [], start: t.start, end: t.end };
    }
    template(t) {
        const parts = [];
        let directive = false;
        for (const part of t.parts) {
            if (part.type === 'literal')
                parts.push(part.value);
            else if (part.type === 'directive')
                directive = true;
            else
                parts.push(this.sub(part.tokens, part.start));
        }
        return { kind: 'template', parts, directive, start: t.start, end: t.end };
    }
    /** Parses the tokens of one `${…}` with a parser of its own. */
    sub(tokens, at) {
        const last = tokens[tokens.length - 1];
        const end = last ? last.end : at;
        const parser = new Parser(this.source, [...tokens, { type: 'eof', start: end, end }], this.errors);
        parser.nesting = 1;
        const expr = parser.expr();
        const rest = parser.peek();
        if (rest.type !== 'eof')
            throw new ParseError(`unexpected ${describe(rest)} in interpolation`, rest.start);
        return expr;
    }
    tuple(start) {
        if (isIdent(this.peek(), 'for'))
            return this.forExpr(start, ']');
        const items = [];
        for (;;) {
            const n = this.peek();
            if (isPunct(n, ']')) {
                this.i++;
                return { kind: 'tuple', items, start, end: n.end };
            }
            items.push(this.expr());
            const sep = this.peek();
            if (isPunct(sep, ','))
                this.i++;
            else if (!isPunct(sep, ']'))
                throw new ParseError(`expected , or ] in list, found ${describe(sep)}`, sep.start);
        }
    }
    object(start) {
        if (isIdent(this.peek(), 'for'))
            return this.forExpr(start, '}');
        const items = [];
        for (;;) {
            const n = this.peek();
            if (isPunct(n, '}')) {
                this.i++;
                return { kind: 'object', items, start, end: n.end };
            }
            const key = this.expr();
            const eq = this.next();
            if (!isPunct(eq, '=') && !isPunct(eq, ':'))
                throw new ParseError(`expected = or : in object, found ${describe(eq)}`, eq.start);
            const value = this.expr();
            items.push({ key, value });
            if (isPunct(this.peek(), ','))
                this.i++;
        }
    }
    forExpr(start, close) {
        this.i++; // for
        const children = [];
        const name = this.next();
        if (name.type !== 'ident')
            throw new ParseError(`expected a name after for, found ${describe(name)}`, name.start);
        if (isPunct(this.peek(), ',')) {
            this.i++;
            this.next();
        }
        if (!isIdent(this.next(), 'in'))
            throw new ParseError('expected in after for', name.end);
        children.push(this.expr());
        this.expect(':');
        children.push(this.expr());
        if (isPunct(this.peek(), '=>')) {
            this.i++;
            children.push(this.expr());
        }
        if (isPunct(this.peek(), '...'))
            this.i++;
        if (isIdent(this.peek(), 'if')) {
            this.i++;
            children.push(this.expr());
        }
        const end = this.expect(close).end;
        return { kind: 'other', children, start, end };
    }
}
function span(t) {
    return { start: t.start, end: t.end };
}
function isPunct(t, value) {
    return t.type === 'punct' && t.value === value;
}
function isIdent(t, value) {
    return t.type === 'ident' && t.value === value;
}
function describe(t) {
    switch (t.type) {
        case 'eof':
            return 'end of file';
        case 'newline':
            return 'end of line';
        case 'template':
            return 'a string';
        default:
            return `'${t.value}'`;
    }
}

;// CONCATENATED MODULE: ./src/core/terragrunt/hcl-refs.ts
/**
 * What a Terragrunt unit's config depends on, found by reading its `terragrunt.hcl` (and the files it includes or
 * reads) without running Terragrunt: included and read config files, files read by `file()`-like functions, local
 * module sources (and the local modules those call), and the units named by `dependency` / `dependencies` blocks.
 *
 * Paths are evaluated the way Terragrunt evaluates them, for the functions that matter to paths:
 * - in the unit's own file, `get_terragrunt_dir()` and `find_in_parent_folders()` start from the unit;
 * - in an included file (`include { path = … }`) they still start from the INCLUDING unit (Terragrunt parses the
 *   include in the child's context), while `get_parent_terragrunt_dir()` is the included file's directory;
 * - in a file read by `read_terragrunt_config()` they start from the read file (Terragrunt switches context);
 * - relative `include`, `read_terragrunt_config`, `dependency`, `sops_decrypt_file` and `terraform.source` paths are
 *   relative to the current config directory (the unit for included files); `file()` / `templatefile()` paths are
 *   relative to the directory of the file that calls them.
 * `find_in_parent_folders` never searches above the repository root and, like Terragrunt (config_helpers.go
 * `FindInParentFolders`: `util.FileExists`, an `os.Stat`), matches directories too. Locals of other files are followed:
 * `include.<label>.locals.x` (an `expose = true` include) and `local.y.locals.x` where `y = read_terragrunt_config(…)`;
 * `values.x` reads `terragrunt.values.hcl` beside the config (a unit generated by a stack). Var files passed in
 * `extra_arguments` (`-var-file=…`, `required_var_files`, `optional_var_files`) are read files. Symbolic links inside
 * the unit and its local modules count as their targets.
 *
 * Expressions it cannot evaluate (a `local` built from a `dependency` output, `get_env`, a conditional…) and paths
 * that resolve to nothing that exists are listed in `unresolved`: the caller treats the unit as affected.
 */



/** `file:line: cannot resolve what (expression)`, one line. */
function describeUnresolved(u) {
    if (u.what === 'syntax')
        return `${u.file}:${u.line}: ${u.expression}`;
    const missing = u.missing !== undefined ? `: ${u.missing} does not exist` : '';
    return `${u.file}:${u.line}: cannot resolve ${u.what} (${u.expression})${missing}`;
}
/** Extensions of the files OpenTofu/Terraform (and Terragrunt) read from a module directory. */
const MODULE_FILE = /\.(tf|tf\.json|tofu|tofu\.json|hcl|tfvars|tfvars\.json)$/;
/** Whether a change to `file` (relative to the root) changes what the module `mod` makes OpenTofu read. */
function moduleReads(mod, file) {
    const inside = mod.path === '.' ? !file.startsWith('../') : file.startsWith(`${mod.path}/`);
    if (inside && mod.readsAll)
        return true;
    if (inside && external_node_path_default().posix.dirname(file) === mod.path && MODULE_FILE.test(file))
        return true;
    return mod.reads.some((r) => (r.endsWith('/') ? file.startsWith(r) : r === file));
}
function createHclCache() {
    return { files: new Map(), kinds: new Map(), moduleCalls: new Map(), repoRoots: new Map(), links: new Map() };
}
/** Reads the refs of the unit in `unitDir` (absolute, or relative to `root`). */
async function readUnitRefs(unitDir, root, opts = {}) {
    const absRoot = external_node_path_default().resolve(root);
    const absUnit = external_node_path_default().resolve(absRoot, unitDir);
    const cache = opts.cache ?? createHclCache();
    const repoRoot = opts.repoRoot !== undefined ? external_node_path_default().resolve(opts.repoRoot) : await findRepoRoot(absRoot, cache);
    const state = newState(absRoot, repoRoot, cache);
    const config = external_node_path_default().join(absUnit, 'terragrunt.hcl');
    await analyze(state, newScope('unit', config, absUnit, absUnit), []);
    if (opts.modules !== false) {
        await followModules(state);
        await followLinks(state, absUnit);
        await followStacks(state, absUnit);
    }
    const unit = rel(absRoot, absUnit);
    return {
        unit,
        config: rel(absRoot, config),
        hasTerraformBlock: state.hasTerraformBlock,
        files: [...state.files.values()].filter((f) => f.path !== rel(absRoot, config)),
        modules: [...state.modules.values()].map(({ path: p, via, reads, readsAll }) => ({
            path: p,
            via,
            reads: [...reads].sort(),
            readsAll
        })),
        dirs: [...state.dirs.values()],
        dependencies: [...state.dependencies].filter((d) => d !== unit).sort(),
        unresolved: dedupe(state.unresolved)
    };
}
function dedupe(list) {
    const seen = new Set();
    return list.filter((u) => {
        const key = describeUnresolved(u);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/** The nearest directory at or above `dir` that holds `.git` (a directory or a worktree file), else `dir`. */
async function findRepoRoot(dir, cache = createHclCache()) {
    const start = external_node_path_default().resolve(dir);
    let pending = cache.repoRoots.get(start);
    if (!pending) {
        pending = (async () => {
            for (let current = start;;) {
                if ((await hcl_refs_kindOf(cache, external_node_path_default().join(current, '.git'))) !== undefined)
                    return current;
                const parent = external_node_path_default().dirname(current);
                if (parent === current)
                    return start;
                current = parent;
            }
        })();
        cache.repoRoots.set(start, pending);
    }
    return pending;
}
/** `path` relative to `root` with `/` separators (`.` for root itself). */
function rel(root, p) {
    const r = external_node_path_default().relative(root, p).split((external_node_path_default()).sep).join('/');
    return r === '' ? '.' : r;
}
function newState(root, repoRoot, cache) {
    return {
        root,
        repoRoot,
        cache,
        files: new Map(),
        modules: new Map(),
        dirs: new Map(),
        dependencies: new Set(),
        unresolved: [],
        visited: new Set(),
        readScopes: new Map(),
        hasTerraformBlock: false
    };
}
function newScope(kind, file, configDir, originalDir) {
    return {
        kind,
        file,
        configDir,
        originalDir,
        includes: new Map(),
        includeScopes: new Map(),
        locals: new Map(),
        localValues: new Map()
    };
}
/** Parses the scope's file once and records its locals. */
function load(state, scope) {
    scope.loaded ??= (async () => {
        const hcl = scope.file.endsWith('.json') ? undefined : await parsed(state.cache, scope.file);
        for (const item of hcl?.body ?? []) {
            if (item.type === 'block' && item.name === 'locals') {
                for (const a of attributes(item.body))
                    scope.locals.set(a.name, a.expr);
            }
        }
        return hcl;
    })();
    return scope.loaded;
}
const UNKNOWN = Symbol('unknown');
const EVALUATING = Symbol('evaluating');
/** An object whose attributes are evaluated when asked for (a config's `locals`, an include, an object literal). */
class LazyObject {
    get;
    constructor(get) {
        this.get = get;
    }
}
/** Functions whose first argument names a file the config depends on. */
const READ_FUNCTIONS = {
    read_terragrunt_config: 'read',
    file: 'file',
    templatefile: 'file',
    filebase64: 'file',
    sops_decrypt_file: 'file',
    read_tfvars_file: 'file',
    mark_as_read: 'file'
};
/** `file()`-family functions resolve relative paths from the calling file's directory, the rest from the config dir. */
const FILE_RELATIVE = new Set(['file', 'templatefile', 'filebase64']);
/**
 * The Terragrunt version from which `find --reading` lists what a function reads (config_helpers.go
 * `trackFileRead`, v0.92.0: read_terragrunt_config, sops_decrypt_file, read_tfvars_file, mark_as_read) and includes
 * (include.go, v0.94.0). HCL's own `file()` family is never tracked.
 */
const TRACKED_SINCE = {
    read_terragrunt_config: '0.92.0',
    sops_decrypt_file: '0.92.0',
    read_tfvars_file: '0.92.0',
    mark_as_read: '0.92.0',
    include: '0.94.0'
};
const MAX_DEPTH = 16;
async function analyze(state, scope, via) {
    const key = `${scope.kind}\0${scope.file}\0${scope.configDir}`;
    if (state.visited.has(key) || via.length > MAX_DEPTH)
        return;
    state.visited.add(key);
    if (scope.file.endsWith('.json'))
        return;
    const hcl = await load(state, scope);
    if (!hcl)
        return;
    const here = rel(state.root, scope.file);
    for (const error of hcl.errors) {
        const m = /^line (\d+): (.*)$/.exec(error);
        state.unresolved.push({ file: here, line: m ? Number(m[1]) : 0, what: 'syntax', expression: m ? m[2] : error });
    }
    /** What refs found in this file are reached through (the unit's own file is not listed). */
    const chain = scope.kind === 'unit' ? via : [...via, here];
    const report = (expr, what, extra = {}) => {
        const text = hcl.source.slice(expr.start, expr.end).replace(/\s+/g, ' ').trim();
        const shown = text.length > 100 ? `${text.slice(0, 99)}…` : text;
        state.unresolved.push({ file: here, line: lineAt(hcl.source, expr.start), what, expression: shown, ...extra });
    };
    // Includes first: get_parent_terragrunt_dir() in the unit's own file depends on them.
    const includes = [];
    for (const item of hcl.body) {
        if (item.type !== 'block' || item.name !== 'include')
            continue;
        const attr = attributes(item.body).find((a) => a.name === 'path');
        if (!attr)
            continue;
        const value = await hcl_refs_evaluate(attr.expr, scope, state);
        if (typeof value !== 'string') {
            report(attr.expr, 'include path', { trackedSince: TRACKED_SINCE.include });
            continue;
        }
        const file = external_node_path_default().resolve(scope.configDir, value);
        if ((await hcl_refs_kindOf(state.cache, file)) !== 'file') {
            report(attr.expr, 'include path', { trackedSince: TRACKED_SINCE.include, missing: rel(state.root, file) });
            continue;
        }
        const includeScope = newScope(scope.kind === 'read' ? 'read' : 'include', file, scope.configDir, scope.originalDir);
        includeScope.includeDir = external_node_path_default().dirname(file);
        includes.push(includeScope);
        if (scope.kind === 'unit') {
            scope.includes.set(item.labels[0] ?? '', file);
            scope.includeScopes.set(item.labels[0] ?? '', includeScope);
        }
    }
    for (const item of hcl.body) {
        if (item.type === 'block' && item.name === 'terraform' && scope.kind !== 'read')
            state.hasTerraformBlock = true;
        await visitItem(item, [], scope, state, chain, report);
    }
    if (scope.kind === 'stack')
        await visitStackComponents(hcl, scope, state, chain, report);
    for (const includeScope of includes) {
        await addFile(state, includeScope.file, 'include', chain);
        // A read file's include is part of what is read, not merged into the unit.
        await analyze(state, includeScope, chain);
    }
}
async function visitItem(item, blocks, scope, state, via, report) {
    if (item.type === 'block') {
        for (const child of item.body)
            await visitItem(child, [...blocks, item.name], scope, state, via, report);
        return;
    }
    const where = blocks.join('.');
    const merged = scope.kind === 'unit' || scope.kind === 'include';
    if (where === 'include' && item.name === 'path') {
        // Evaluated in analyze(); its calls (find_in_parent_folders) are not file reads.
    }
    else if (merged && where === 'dependency' && item.name === 'config_path') {
        const value = await hcl_refs_evaluate(item.expr, scope, state);
        if (typeof value === 'string')
            addDependency(state, scope, value);
        else
            report(item.expr, 'dependency config_path', { trackedSince: 'find --dependencies' });
    }
    else if (merged && where === 'dependencies' && item.name === 'paths') {
        const value = await hcl_refs_evaluate(item.expr, scope, state);
        const list = item.expr.kind === 'tuple' ? item.expr.items : undefined;
        if (Array.isArray(value)) {
            value.forEach((v, i) => {
                if (typeof v === 'string')
                    addDependency(state, scope, v);
                else
                    report(list?.[i] ?? item.expr, 'dependencies path', { trackedSince: 'find --dependencies' });
            });
        }
        else
            report(item.expr, 'dependencies paths', { trackedSince: 'find --dependencies' });
    }
    else if (merged && where === 'terraform' && item.name === 'source') {
        const value = await hcl_refs_evaluate(item.expr, scope, state);
        if (typeof value !== 'string')
            report(item.expr, 'terraform source');
        else {
            const local = localSource(value);
            if (local !== undefined) {
                const dir = external_node_path_default().resolve(scope.configDir, local);
                if ((await hcl_refs_kindOf(state.cache, dir)) !== 'dir')
                    report(item.expr, 'terraform source', { missing: rel(state.root, dir) });
                else
                    await addModule(state, dir, via);
            }
        }
    }
    else if (merged && where === 'terraform.extra_arguments') {
        await visitVarFiles(item, scope, state, via, report);
    }
    await visitCalls(item.expr, scope, state, via, report);
}
/**
 * Var files OpenTofu reads because Terragrunt passes them: `required_var_files` (must exist), `optional_var_files`
 * (passed only when they exist, so a missing one is fine) and `-var-file=…` / `-var-file …` in `arguments`. A relative
 * path is relative to OpenTofu's working directory, a copy of the unit in `.terragrunt-cache`: files of the unit
 * itself count already, anything else cannot be placed.
 */
async function visitVarFiles(item, scope, state, via, report) {
    const kind = item.name;
    if (kind !== 'required_var_files' && kind !== 'optional_var_files' && kind !== 'arguments')
        return;
    const items = item.expr.kind === 'tuple' ? item.expr.items : undefined;
    const value = await hcl_refs_evaluate(item.expr, scope, state);
    if (!Array.isArray(value))
        return report(item.expr, `extra_arguments ${kind}`);
    const use = async (file, expr, required) => {
        const abs = external_node_path_default().resolve(scope.originalDir, file);
        if (!external_node_path_default().isAbsolute(file) && !isInside(scope.originalDir, abs)) {
            return report(expr, 'var file (relative to .terragrunt-cache)');
        }
        if (required && (await hcl_refs_kindOf(state.cache, abs)) !== 'file') {
            return report(expr, 'var file', { missing: rel(state.root, abs) });
        }
        await addFile(state, abs, 'file', via);
    };
    for (let i = 0; i < value.length; i++) {
        const v = value[i];
        const expr = items?.[i] ?? item.expr;
        if (kind !== 'arguments') {
            if (typeof v === 'string')
                await use(v, expr, kind === 'required_var_files');
            else
                report(expr, `extra_arguments ${kind}`);
            continue;
        }
        if (typeof v !== 'string') {
            // Could be a -var-file (or its value) built at run time.
            report(expr, 'extra_arguments argument');
            continue;
        }
        const m = /^--?var-file(?:=(.*))?$/.exec(v);
        if (!m)
            continue;
        if (m[1] !== undefined)
            await use(m[1], expr, true);
        else {
            const next = value[++i];
            if (typeof next === 'string')
                await use(next, items?.[i] ?? item.expr, true);
            else
                report(items?.[i] ?? item.expr, 'extra_arguments argument');
        }
    }
}
/** Records every file-reading call under `expr` and follows read_terragrunt_config into the file it reads. */
async function visitCalls(expr, scope, state, via, report) {
    const calls = [];
    walkExpr(expr, (e) => {
        if (e.kind === 'call' && e.name in READ_FUNCTIONS && e.args.length > 0)
            calls.push(e);
    });
    for (const call of calls) {
        const arg = call.args[0];
        const value = await hcl_refs_evaluate(arg, scope, state);
        const trackedSince = TRACKED_SINCE[call.name];
        if (typeof value !== 'string') {
            report(arg, `${call.name} path`, { trackedSince });
            continue;
        }
        const file = await readTarget(state, scope, call.name, value);
        if ((await hcl_refs_kindOf(state.cache, file)) !== 'file') {
            report(arg, `${call.name} path`, { trackedSince, missing: rel(state.root, file) });
            continue;
        }
        const kind = READ_FUNCTIONS[call.name];
        await addFile(state, file, kind, via);
        if (kind === 'read')
            await analyze(state, readScope(state, scope, file), via);
    }
}
/** The file a read function names: relative to the calling file or the config dir; a directory means its config. */
async function readTarget(state, scope, fn, value) {
    const base = FILE_RELATIVE.has(fn) ? external_node_path_default().dirname(scope.file) : scope.configDir;
    const file = external_node_path_default().resolve(base, value);
    if (fn === 'read_terragrunt_config' && (await hcl_refs_kindOf(state.cache, file)) === 'dir') {
        return external_node_path_default().join(file, 'terragrunt.hcl');
    }
    return file;
}
/** One scope per file read by read_terragrunt_config: Terragrunt evaluates it in its own directory. */
function readScope(state, from, file) {
    let scope = state.readScopes.get(file);
    if (!scope) {
        scope = newScope('read', file, external_node_path_default().dirname(file), from.originalDir);
        state.readScopes.set(file, scope);
    }
    return scope;
}
function addDependency(state, scope, value) {
    const target = external_node_path_default().resolve(scope.configDir, value);
    state.dependencies.add(rel(state.root, /\.hcl(\.json)?$/.test(target) ? external_node_path_default().dirname(target) : target));
}
/** Records a file ref; a file reached through a symbolic link is recorded at its target too. */
async function addFile(state, abs, kind, via) {
    for (const p of await pathAndTarget(state, abs)) {
        const existing = state.files.get(p);
        if (!existing || existing.via.length > via.length)
            state.files.set(p, { path: p, kind, via });
    }
}
async function addModule(state, abs, via) {
    for (const p of await pathAndTarget(state, abs)) {
        const existing = state.modules.get(p);
        if (!existing || existing.via.length > via.length) {
            state.modules.set(p, { path: p, via, abs: external_node_path_default().resolve(state.root, p), reads: new Set(), readsAll: false });
        }
    }
}
function addDir(state, abs, via) {
    const p = rel(state.root, abs);
    if (!state.dirs.has(p))
        state.dirs.set(p, { path: p, via });
}
/** The path relative to the root, plus its real path when a symbolic link is on the way. */
async function pathAndTarget(state, abs) {
    const out = [rel(state.root, abs)];
    const real = await (0,promises_.realpath)(abs).catch(() => undefined);
    const realRoot = await (0,promises_.realpath)(state.root).catch(() => state.root);
    if (real !== undefined) {
        const target = rel(realRoot, real);
        if (!out.includes(target))
            out.push(target);
    }
    return out;
}
/** Follows `module` blocks with local sources in the `.tf` files of each local module, breadth first. */
async function followModules(state) {
    const queue = [...state.modules.values()];
    const seen = new Set(queue.map((m) => m.abs));
    while (queue.length > 0) {
        const mod = queue.shift();
        const scan = await moduleScan(state.cache, mod.abs);
        if (scan.readsAll)
            mod.readsAll = true;
        for (const file of scan.reads)
            for (const p of await pathAndTarget(state, file))
                mod.reads.add(p);
        for (const dir of scan.readDirs)
            for (const p of await pathAndTarget(state, dir))
                mod.reads.add(`${p}/`);
        // OpenTofu reads a file named at run time (`file(var.x)`): which one, and whether the PR changes it, is unknown.
        for (const u of scan.unresolved) {
            state.unresolved.push({ ...u, file: rel(state.root, u.file), what: `${u.what} in module ${mod.path}` });
        }
        for (const child of scan.calls) {
            if (seen.has(child))
                continue;
            seen.add(child);
            await addModule(state, child, [...mod.via, mod.path]);
            const added = state.modules.get(rel(state.root, child));
            if (added)
                queue.push(added);
        }
    }
}
/** Functions of OpenTofu that read a file named by their first argument. */
const TF_READ_FUNCTIONS = new Set([
    'file',
    'templatefile',
    'filebase64',
    'filemd5',
    'filesha1',
    'filesha256',
    'filesha512',
    'filebase64sha256',
    'filebase64sha512',
    'fileset'
]);
/** Module calls and file reads in the `.tf`/`.tofu` files directly in `dir`. */
function moduleScan(cache, dir) {
    let pending = cache.moduleCalls.get(dir);
    if (!pending) {
        pending = (async () => {
            const out = { calls: [], reads: [], readDirs: [], readsAll: false, unresolved: [] };
            let entries;
            try {
                entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
            }
            catch {
                return out;
            }
            for (const e of entries) {
                if (e.isSymbolicLink() && MODULE_FILE.test(e.name))
                    out.reads.push(external_node_path_default().join(dir, e.name));
            }
            const names = entries.filter((e) => (e.isFile() || e.isSymbolicLink()) && /\.(tf|tofu)$/.test(e.name));
            for (const name of names.map((e) => e.name).sort()) {
                const hcl = await parsed(cache, external_node_path_default().join(dir, name));
                for (const item of hcl?.body ?? []) {
                    if (item.type === 'block' && item.name === 'module') {
                        const source = attributes(item.body).find((a) => a.name === 'source');
                        const value = source && literalString(source.expr);
                        if (value !== undefined && (value.startsWith('./') || value.startsWith('../'))) {
                            out.calls.push(external_node_path_default().resolve(dir, value));
                        }
                    }
                }
                if (!hcl)
                    continue;
                const tfFile = external_node_path_default().join(dir, name);
                walkBody(hcl.body, (e) => {
                    if (e.kind !== 'call' || !TF_READ_FUNCTIONS.has(e.name) || e.args.length === 0)
                        return;
                    const target = modulePath(e.args[0], dir);
                    if (target === undefined) {
                        const text = hcl.source.slice(e.args[0].start, e.args[0].end).replace(/\s+/g, ' ').trim();
                        out.unresolved.push({
                            file: tfFile,
                            line: lineAt(hcl.source, e.args[0].start),
                            what: `${e.name} path`,
                            expression: text.length > 100 ? `${text.slice(0, 99)}…` : text
                        });
                    }
                    else if (e.name !== 'fileset')
                        out.reads.push(target);
                    else if (isInside(dir, target))
                        out.readsAll = true;
                    else
                        out.readDirs.push(target);
                });
            }
            return out;
        })();
        cache.moduleCalls.set(dir, pending);
    }
    return pending;
}
/** A path built from literals and `path.module` (relative paths: the module directory), else undefined. */
function modulePath(expr, dir) {
    const part = (e) => {
        if (typeof e === 'string')
            return e;
        if (e.kind === 'literal' && typeof e.value === 'string')
            return e.value;
        if (e.kind === 'variable' && e.name === 'path' && e.path.length === 1 && e.path[0] === 'module')
            return dir;
        return undefined;
    };
    const parts = expr.kind === 'template' && !expr.directive ? expr.parts.map(part) : [part(expr)];
    if (parts.some((p) => p === undefined))
        return undefined;
    return external_node_path_default().resolve(dir, parts.join(''));
}
function walkBody(body, visit) {
    for (const item of body) {
        if (item.type === 'block')
            walkBody(item.body, visit);
        else
            walkExpr(item.expr, visit);
    }
}
/**
 * Symbolic links in the unit directory (hidden directories and nested units skipped): Terragrunt copies the unit into
 * `.terragrunt-cache` through them, so a change to a target changes the unit.
 */
async function followLinks(state, unitDir) {
    for (const l of await linksUnder(state.cache, unitDir)) {
        const via = [`symlink ${rel(state.root, l.link)}`];
        if (l.target === undefined) {
            state.unresolved.push({
                file: rel(state.root, l.link),
                line: 0,
                what: 'symlink',
                expression: rel(state.root, l.link),
                missing: 'its target'
            });
        }
        else if (l.isDir)
            addDir(state, l.target, via);
        else
            await addFile(state, l.target, 'link', via);
    }
}
function linksUnder(cache, dir) {
    let pending = cache.links.get(dir);
    if (!pending) {
        pending = (async () => {
            const out = [];
            const walk = async (d, top) => {
                let entries;
                try {
                    entries = await (0,promises_.readdir)(d, { withFileTypes: true });
                }
                catch {
                    return;
                }
                if (!top && entries.some((e) => e.name === 'terragrunt.hcl'))
                    return;
                for (const e of entries) {
                    const p = external_node_path_default().join(d, e.name);
                    if (e.isSymbolicLink()) {
                        const target = await (0,promises_.realpath)(p).catch(() => undefined);
                        const isDir = target !== undefined && (await (0,promises_.stat)(target).then((s) => s.isDirectory()));
                        out.push({ link: p, target, isDir });
                    }
                    else if (e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules')
                        await walk(p, false);
                }
            };
            await walk(dir, true);
            return out;
        })();
        cache.links.set(dir, pending);
    }
    return pending;
}
// ---------------------------------------------------------------------------------------------------------------
// Stacks
/** Where Terragrunt generates a stack's units and stacks (pkg/config/stack.go `StackDir`, v0.73.0 onwards). */
const STACK_DIR = '.terragrunt-stack';
const STACK_FILE = 'terragrunt.stack.hcl';
/**
 * A unit generated by a stack (`<dir>/.terragrunt-stack/<path>`) depends on every stack file that generated it (the
 * one in `<dir>`, and for nested stacks the ones above), on what those files read, and on the local `source` of the
 * `unit`/`stack` block that generated it: Terragrunt copies that directory into `.terragrunt-stack` on every run.
 */
async function followStacks(state, unitDir) {
    const parts = unitDir.split((external_node_path_default()).sep);
    for (let i = parts.length - 1; i > 0; i--) {
        if (parts[i] !== STACK_DIR)
            continue;
        const stackDir = parts.slice(0, i).join((external_node_path_default()).sep) || (external_node_path_default()).sep;
        const generated = parts.slice(i + 1).join('/');
        const file = external_node_path_default().join(stackDir, STACK_FILE);
        if ((await hcl_refs_kindOf(state.cache, file)) !== 'file')
            continue;
        const scope = newScope('stack', file, stackDir, stackDir);
        scope.generated = generated;
        await addFile(state, file, 'stack', []);
        await analyze(state, scope, []);
    }
}
/**
 * The `unit` and `stack` blocks of a stack file: the block whose `path` the generated unit lies under contributes its
 * local `source` directory. When the block cannot be told (a `path` or `source` it cannot evaluate), every block's
 * source counts and the expression is reported.
 */
async function visitStackComponents(hcl, scope, state, via, report) {
    const here = rel(state.root, scope.file);
    const components = [];
    for (const item of hcl.body) {
        if (item.type !== 'block' || (item.name !== 'unit' && item.name !== 'stack'))
            continue;
        const attrs = attributes(item.body);
        const pathAttr = attrs.find((a) => a.name === 'path');
        const sourceAttr = attrs.find((a) => a.name === 'source');
        const noDot = attrs.find((a) => a.name === 'no_dot_terragrunt_stack');
        const p = pathAttr ? await hcl_refs_evaluate(pathAttr.expr, scope, state) : UNKNOWN;
        const src = sourceAttr ? await hcl_refs_evaluate(sourceAttr.expr, scope, state) : UNKNOWN;
        const dotless = noDot ? await hcl_refs_evaluate(noDot.expr, scope, state) : false;
        components.push({
            label: `${item.name} "${item.labels[0] ?? ''}"`,
            // no_dot_terragrunt_stack generates next to the stack file instead: not under .terragrunt-stack.
            path: typeof p === 'string' && dotless === false ? external_node_path_default().posix.normalize(p).replace(/^\.\/|\/$/g, '') : undefined,
            source: typeof src === 'string' ? src : undefined,
            sourceExpr: sourceAttr?.expr,
            pathExpr: pathAttr?.expr
        });
    }
    const generated = scope.generated ?? '';
    const owner = components.find((c) => c.path !== undefined && (generated === c.path || generated.startsWith(`${c.path}/`)));
    const relevant = owner ? [owner] : components;
    if (!owner) {
        for (const c of components.filter((x) => x.path === undefined && x.pathExpr)) {
            report(c.pathExpr, `${c.label} path`);
        }
    }
    for (const c of relevant) {
        if (c.source === undefined) {
            if (c.sourceExpr)
                report(c.sourceExpr, `${c.label} source`);
            continue;
        }
        const local = localSource(c.source);
        if (local === undefined)
            continue;
        const dir = external_node_path_default().resolve(scope.configDir, local);
        if ((await hcl_refs_kindOf(state.cache, dir)) !== 'dir') {
            report(c.sourceExpr, `${c.label} source`, { missing: rel(state.root, dir) });
            continue;
        }
        addDir(state, dir, [`${here} ${c.label}`]);
    }
}
/**
 * The `unit` and `stack` blocks of the stack file `file` (absolute), evaluated in its directory as Terragrunt does.
 * `text`, when given, stands in for the file's content (another revision of it, e.g. the pull request's base).
 * Undefined when there is no such file; `errors` lists syntax errors (`line N: …`).
 */
async function stackComponents(file, root, opts = {}) {
    const absRoot = external_node_path_default().resolve(root);
    const absFile = external_node_path_default().resolve(absRoot, file);
    // Another revision of the file must not enter a shared cache under the file's own path.
    const cache = opts.text !== undefined ? createHclCache() : (opts.cache ?? createHclCache());
    if (opts.text !== undefined)
        cache.files.set(absFile, Promise.resolve(parseHcl(opts.text)));
    const repoRoot = opts.repoRoot !== undefined ? external_node_path_default().resolve(opts.repoRoot) : await findRepoRoot(absRoot, cache);
    const state = newState(absRoot, repoRoot, cache);
    const dir = external_node_path_default().dirname(absFile);
    const scope = newScope('stack', absFile, dir, dir);
    const hcl = await load(state, scope);
    if (!hcl)
        return undefined;
    const components = [];
    for (const item of hcl.body) {
        if (item.type !== 'block' || (item.name !== 'unit' && item.name !== 'stack'))
            continue;
        const attrs = attributes(item.body);
        const value = async (name) => {
            const attr = attrs.find((a) => a.name === name);
            return attr ? hcl_refs_evaluate(attr.expr, scope, state) : undefined;
        };
        const p = await value('path');
        const src = await value('source');
        const noDot = (await value('no_dot_terragrunt_stack')) ?? false;
        const local = typeof src === 'string' ? localSource(src) : undefined;
        components.push({
            kind: item.name,
            name: item.labels[0] ?? '',
            dir: typeof p === 'string' && typeof noDot === 'boolean'
                ? rel(absRoot, external_node_path_default().resolve(noDot ? dir : external_node_path_default().join(dir, STACK_DIR), p))
                : undefined,
            source: local !== undefined ? rel(absRoot, external_node_path_default().resolve(dir, local)) : undefined,
            line: lineAt(hcl.source, item.start)
        });
    }
    return { components, errors: hcl.errors };
}
/**
 * The local path of a `terraform.source`, or undefined for remote sources (`git::`, `tfr://`, `https://`,
 * `github.com/…`, `git@…`, S3/GCS hosts). A `//` subdirectory separator is collapsed: the module that runs is the
 * subdirectory.
 */
function localSource(source) {
    let s = source.trim();
    if (s === '')
        return undefined;
    if (s.startsWith('file://'))
        s = s.slice('file://'.length);
    else if (/^[A-Za-z][A-Za-z0-9+.-]*::/.test(s) || /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(s))
        return undefined;
    else if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(s) && !/^[A-Za-z]:[\\/]/.test(s))
        return undefined; // tfr:, git@host:…
    else if (/^git@/.test(s))
        return undefined;
    else if (!s.startsWith('.') && !s.startsWith('/') && /^[^/]*\.[^/]*\//.test(s))
        return undefined; // host.tld/…
    s = s.replace(/\?.*$/, '');
    return s.replace(/(?<!^)\/\/+/g, '/');
}
function attributes(body) {
    return body.filter((item) => item.type === 'attribute');
}
// ---------------------------------------------------------------------------------------------------------------
// Evaluation of the path-building subset of HCL and Terragrunt functions.
async function hcl_refs_evaluate(expr, scope, state) {
    switch (expr.kind) {
        case 'literal':
            return expr.value;
        case 'template': {
            if (expr.directive)
                return UNKNOWN;
            let out = '';
            for (const part of expr.parts) {
                if (typeof part === 'string') {
                    out += part;
                    continue;
                }
                const v = await hcl_refs_evaluate(part, scope, state);
                if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
                    out += String(v);
                else
                    return UNKNOWN;
            }
            return out;
        }
        case 'tuple': {
            const out = [];
            for (const item of expr.items)
                out.push(await hcl_refs_evaluate(item, scope, state));
            return out;
        }
        case 'variable': {
            let value = await variable(expr.name, scope, state);
            for (const key of expr.path)
                value = await attribute(value, key);
            return value;
        }
        case 'object': {
            const items = expr.items;
            return new LazyObject(async (key) => {
                for (const item of items) {
                    const k = item.key.kind === 'variable' && item.key.path.length === 0 ? item.key.name : literalString(item.key);
                    if (k === key)
                        return hcl_refs_evaluate(item.value, scope, state);
                }
                return UNKNOWN;
            });
        }
        case 'call': {
            const args = [];
            for (const a of expr.args)
                args.push(await hcl_refs_evaluate(a, scope, state));
            return call(expr.name, args, scope, state);
        }
        default:
            return UNKNOWN;
    }
}
/** The root of a traversal: `local`, `include` (labels to the included files), `values` (terragrunt.values.hcl). */
async function variable(name, scope, state) {
    if (name === 'local')
        return new LazyObject((key) => local(key, scope, state));
    if (name === 'include' && scope.kind === 'unit') {
        return new LazyObject((label) => {
            const included = scope.includeScopes.get(label);
            return Promise.resolve(included ? configObject(state, included) : UNKNOWN);
        });
    }
    if (name === 'values') {
        const file = external_node_path_default().join(scope.configDir, 'terragrunt.values.hcl');
        if ((await hcl_refs_kindOf(state.cache, file)) !== 'file')
            return UNKNOWN;
        const valuesScope = newScope('read', file, scope.configDir, scope.originalDir);
        const hcl = await load(state, valuesScope);
        return new LazyObject(async (key) => {
            const attr = attributes(hcl?.body ?? []).find((a) => a.name === key);
            return attr ? hcl_refs_evaluate(attr.expr, valuesScope, state) : UNKNOWN;
        });
    }
    return UNKNOWN;
}
/** A config file as `read_terragrunt_config` returns it (and an exposed include): its `locals` and attributes. */
function configObject(state, scope) {
    return new LazyObject(async (key) => {
        const hcl = await load(state, scope);
        if (key === 'locals')
            return new LazyObject((name) => local(name, scope, state));
        const attr = attributes(hcl?.body ?? []).find((a) => a.name === key);
        return attr ? hcl_refs_evaluate(attr.expr, scope, state) : UNKNOWN;
    });
}
async function attribute(value, key) {
    if (key === null)
        return UNKNOWN;
    if (value instanceof LazyObject)
        return value.get(key);
    if (Array.isArray(value) && /^\d+$/.test(key))
        return value[Number(key)] ?? UNKNOWN;
    return UNKNOWN;
}
async function local(name, scope, state) {
    await load(state, scope);
    const known = scope.localValues.get(name);
    if (known === EVALUATING)
        return UNKNOWN;
    if (known !== undefined)
        return known;
    const expr = scope.locals.get(name);
    if (!expr)
        return UNKNOWN;
    scope.localValues.set(name, EVALUATING);
    const value = await hcl_refs_evaluate(expr, scope, state);
    scope.localValues.set(name, value);
    return value;
}
async function call(name, args, scope, state) {
    const str = (i) => (typeof args[i] === 'string' ? args[i] : undefined);
    const a0 = str(0);
    switch (name) {
        case 'get_terragrunt_dir':
            return slash(scope.configDir);
        case 'get_original_terragrunt_dir':
            return slash(scope.originalDir);
        case 'get_repo_root':
            return slash(state.repoRoot);
        case 'get_path_from_repo_root':
            return rel(state.repoRoot, scope.configDir);
        case 'get_path_to_repo_root':
            return rel(scope.configDir, state.repoRoot);
        case 'get_parent_terragrunt_dir': {
            const dir = parentDir(scope, a0);
            return dir === undefined ? UNKNOWN : slash(dir);
        }
        case 'path_relative_to_include': {
            const dir = parentDir(scope, a0);
            return dir === undefined ? UNKNOWN : rel(dir, scope.configDir);
        }
        case 'path_relative_from_include': {
            const dir = parentDir(scope, a0);
            return dir === undefined ? UNKNOWN : rel(scope.configDir, dir);
        }
        case 'find_in_parent_folders':
            return findInParentFolders(args, scope, state);
        case 'read_terragrunt_config': {
            if (a0 === undefined)
                return UNKNOWN;
            const file = await readTarget(state, scope, name, a0);
            return (await hcl_refs_kindOf(state.cache, file)) === 'file' ? configObject(state, readScope(state, scope, file)) : UNKNOWN;
        }
        case 'dirname':
            return a0 === undefined ? UNKNOWN : external_node_path_default().posix.dirname(slash(a0));
        case 'basename':
            return a0 === undefined ? UNKNOWN : external_node_path_default().posix.basename(slash(a0));
        case 'abspath':
            return a0 === undefined ? UNKNOWN : slash(external_node_path_default().resolve(scope.configDir, a0));
        case 'trimspace':
            return a0 === undefined ? UNKNOWN : a0.trim();
        case 'trimsuffix': {
            const suffix = str(1);
            if (a0 === undefined || suffix === undefined)
                return UNKNOWN;
            return suffix !== '' && a0.endsWith(suffix) ? a0.slice(0, a0.length - suffix.length) : a0;
        }
        case 'trimprefix': {
            const prefix = str(1);
            if (a0 === undefined || prefix === undefined)
                return UNKNOWN;
            return a0.startsWith(prefix) ? a0.slice(prefix.length) : a0;
        }
        case 'join': {
            if (a0 === undefined)
                return UNKNOWN;
            const items = args.slice(1).flatMap((v) => (Array.isArray(v) ? v : [UNKNOWN]));
            return items.every((v) => typeof v === 'string') ? items.join(a0) : UNKNOWN;
        }
        case 'format':
            return a0 === undefined ? UNKNOWN : format(a0, args.slice(1));
        default:
            return UNKNOWN;
    }
}
function parentDir(scope, label) {
    if (scope.includeDir !== undefined)
        return scope.includeDir;
    if (scope.kind === 'read' || scope.includes.size === 0)
        return scope.configDir;
    if (label !== undefined) {
        const file = scope.includes.get(label);
        return file === undefined ? undefined : external_node_path_default().dirname(file);
    }
    if (scope.includes.size === 1)
        return external_node_path_default().dirname([...scope.includes.values()][0]);
    return undefined;
}
/**
 * Terragrunt's `find_in_parent_folders([name[, fallback]])`: the first `name` (a file or a directory) found in the
 * parent directories of the config directory (not the directory itself). Without a name it looks for `terragrunt.hcl`, then (for configs that
 * follow the newer convention) `root.hcl`. Stops at the repository root.
 */
async function findInParentFolders(args, scope, state) {
    const name = args[0] === undefined ? '' : args[0];
    if (typeof name !== 'string')
        return UNKNOWN;
    const bounded = isInside(state.repoRoot, scope.configDir);
    const names = name === '' || name === 'terragrunt.hcl' ? [['terragrunt.hcl', 'terragrunt.hcl.json'], ['root.hcl']] : [[name]];
    for (const candidates of names) {
        let dir = scope.configDir;
        while (!(bounded && dir === state.repoRoot)) {
            const parent = external_node_path_default().dirname(dir);
            if (parent === dir)
                break;
            dir = parent;
            for (const c of candidates) {
                const p = external_node_path_default().join(dir, c);
                // Terragrunt tests existence (util.FileExists is os.Stat), so a directory matches too.
                if ((await hcl_refs_kindOf(state.cache, p)) !== undefined)
                    return slash(p);
            }
        }
        if (args.length >= 2)
            return args[1];
    }
    return UNKNOWN;
}
function format(spec, args) {
    let i = 0;
    let ok = true;
    const out = spec.replace(/%(%|[sdv])/g, (_m, verb) => {
        if (verb === '%')
            return '%';
        const v = args[i++];
        if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
            return String(v);
        ok = false;
        return '';
    });
    return ok && !/%[^%]/.test(spec.replace(/%(%|[sdv])/g, '')) ? out : UNKNOWN;
}
async function parsed(cache, file) {
    let pending = cache.files.get(file);
    if (!pending) {
        pending = (0,promises_.readFile)(file, 'utf8').then((text) => parseHcl(text), () => undefined);
        cache.files.set(file, pending);
    }
    return pending;
}
async function hcl_refs_kindOf(cache, p) {
    let pending = cache.kinds.get(p);
    if (!pending) {
        pending = (0,promises_.stat)(p).then((s) => (s.isDirectory() ? 'dir' : s.isFile() ? 'file' : undefined), () => undefined);
        cache.kinds.set(p, pending);
    }
    return pending;
}
function isInside(dir, p) {
    const r = external_node_path_default().relative(dir, p);
    return r === '' || (!r.startsWith('..') && !external_node_path_default().isAbsolute(r));
}
function slash(p) {
    return p.split((external_node_path_default()).sep).join('/');
}

;// CONCATENATED MODULE: ./src/core/terragrunt/affected.ts
/**
 * Which units a set of changed files affects, and why.
 *
 * A unit is affected when a changed file
 * - is inside its directory and not inside a nested unit's directory (`changed live/dev/vpc/terragrunt.hcl`);
 * - is a file it includes or reads, directly or through other included/read files (`includes live/_common/vpc.hcl`,
 *   `reads live/_common/base.hcl (via live/_common/app.hcl)`);
 * - is a file OpenTofu reads in a local module it sources, or in a local module that module calls (`.tf`, `.tofu`,
 *   `.hcl`, `.tfvars` and their JSON forms directly in the module directory, files its `file()`-like calls name, and
 *   link targets): `uses module modules/vpc (changed …)`; a README or an example under the module is not;
 * - is under a directory the unit takes whole (a stack's `unit` source, a symlinked directory);
 * - or when the reader cannot resolve something the unit depends on (`cannot resolve terraform source at …`): fail
 *   closed, unless Terragrunt's own `find --reading`/`--dependencies` answer covers that kind of reference;
 * and every unit that depends on an affected unit (`dependency` / `dependencies` blocks, transitively) is affected too
 * (`depends on live/dev/vpc`). A `terragrunt.hcl` (or `terragrunt.stack.hcl`) that no longer exists and that no unit
 * includes is a deleted unit: it is listed in `deleted` (its dependents are affected), since there is nothing left to
 * plan. A deleted `terragrunt.hcl` with units below it was their root config (the `root.hcl` migration), not a unit.
 */





async function affectedUnits(input) {
    const root = external_node_path_default().resolve(input.root);
    const cache = input.cache ?? createHclCache();
    const listed = new Set(input.units.map((p) => normaliseUnitPath(p)));
    const changed = [...new Set(input.changedFiles.map((p) => normaliseUnitPath(p)))]
        .filter((f) => f !== '.' && !f.split('/').includes('.terragrunt-cache'))
        .sort();
    const changedSet = new Set(changed);
    const known = new Map();
    const reading = new Map();
    for (const k of input.knownDependencies ?? []) {
        known.set(normaliseUnitPath(k.path), k.dependencies.map((d) => normaliseUnitPath(d)));
        reading.set(normaliseUnitPath(k.path), (k.reading ?? []).map((d) => normaliseUnitPath(d)));
    }
    const readingVersion = input.readingVersion ? semver_default().coerce(input.readingVersion) : null;
    /** Whether Terragrunt's answer for `unit` covers the reference `u` the reader could not resolve. */
    const covered = (unit, u) => {
        if (!known.has(unit) || u.trackedSince === undefined || u.missing !== undefined)
            return false;
        if (u.trackedSince === 'find --dependencies')
            return true;
        return readingVersion !== null && semver_default().gte(readingVersion, u.trackedSince);
    };
    // Read every listed unit and, transitively, the units they depend on.
    const nodes = new Map();
    const queue = [...listed].sort();
    while (queue.length > 0) {
        const unit = queue.shift();
        if (nodes.has(unit))
            continue;
        const refs = await readUnitRefs(unit, root, { repoRoot: input.repoRoot, cache });
        const dependencies = [...new Set([...refs.dependencies, ...(known.get(unit) ?? [])])].sort();
        nodes.set(unit, { refs, dependencies });
        for (const d of dependencies) {
            if (!nodes.has(d) && !listed.has(d) && (await isFile(external_node_path_default().join(root, d, 'terragrunt.hcl'))))
                queue.push(d);
        }
    }
    const reasons = new Map();
    const because = (unit, reason) => {
        if (!reasons.has(unit))
            reasons.set(unit, reason);
    };
    const unitDirs = [...nodes.keys()].sort((a, b) => b.length - a.length);
    for (const file of changed) {
        const owner = unitDirs.find((u) => u === '.' || file.startsWith(`${u}/`));
        if (owner !== undefined)
            because(owner, `changed ${file}`);
    }
    const unresolved = [];
    for (const [unit, { refs }] of [...nodes].sort(([a], [b]) => compare(a, b))) {
        const tgReads = (reading.get(unit) ?? []).map((p) => ({
            path: p,
            kind: 'read',
            via: ['terragrunt find --reading']
        }));
        const files = [...refs.files, ...tgReads].sort((a, b) => a.via.length - b.via.length || compare(a.path, b.path));
        const hit = files.find((f) => changedSet.has(f.path));
        if (hit)
            because(unit, describeFileRef(hit));
        const modules = [...refs.modules].sort((a, b) => a.via.length - b.via.length || compare(a.path, b.path));
        for (const mod of modules) {
            const file = changed.find((f) => moduleReads(mod, f));
            if (file !== undefined) {
                because(unit, `uses module ${mod.path} (changed ${file})`);
                break;
            }
        }
        for (const dir of refs.dirs) {
            const file = changed.find((f) => f.startsWith(`${dir.path}/`));
            if (file !== undefined) {
                because(unit, `uses ${dir.path} (changed ${file}, via ${dir.via.join(' -> ')})`);
                break;
            }
        }
        const open = refs.unresolved.filter((u) => !covered(unit, u));
        if (open.length > 0)
            because(unit, unresolvedReason(open[0]));
        if (listed.has(unit))
            for (const u of open)
                unresolved.push({ ...u, unit });
    }
    const referenced = new Set();
    for (const { refs } of nodes.values())
        for (const f of refs.files)
            referenced.add(f.path);
    const deleted = [];
    for (const file of changed) {
        const base = external_node_path_default().posix.basename(file);
        if ((base !== 'terragrunt.hcl' && base !== STACK_FILE) || referenced.has(file))
            continue;
        if (await isFile(external_node_path_default().join(root, file)))
            continue;
        const dir = external_node_path_default().posix.dirname(file);
        // A root config that units below it included (renamed to root.hcl, or removed): not a unit of its own.
        if (base === 'terragrunt.hcl' && [...nodes.keys()].some((u) => dir === '.' || u.startsWith(`${dir}/`)))
            continue;
        deleted.push(dir);
    }
    // Dependents, breadth first from the directly affected units and the deleted ones.
    const dependents = new Map();
    for (const [unit, { dependencies }] of nodes) {
        for (const d of dependencies)
            dependents.set(d, [...(dependents.get(d) ?? []), unit]);
    }
    const deletedSet = new Set(deleted);
    const frontier = [...[...reasons.keys()].sort(compare), ...deleted];
    const seen = new Set(frontier);
    while (frontier.length > 0) {
        const dep = frontier.shift();
        for (const unit of (dependents.get(dep) ?? []).sort(compare)) {
            because(unit, `depends on ${dep}${deletedSet.has(dep) ? ' (deleted)' : ''}`);
            if (!seen.has(unit)) {
                seen.add(unit);
                frontier.push(unit);
            }
        }
    }
    const units = [...reasons.keys()].filter((u) => listed.has(u)).sort(compare);
    return {
        units,
        reasons: new Map(units.map((u) => [u, reasons.get(u)])),
        deleted: deleted.sort(compare),
        unresolved: unresolved.sort((a, b) => compare(a.unit, b.unit) || compare(a.file, b.file) || a.line - b.line)
    };
}
/** `cannot resolve terraform source at a/terragrunt.hcl:2 (local.x)`, `… names m, which does not exist`. */
function unresolvedReason(u) {
    const at = u.line > 0 ? `${u.file}:${u.line}` : u.file;
    if (u.what === 'syntax')
        return `cannot parse ${at} (${u.expression})`;
    if (u.missing !== undefined)
        return `${u.what} at ${at} names ${u.missing}, which does not exist (${u.expression})`;
    return `cannot resolve ${u.what} at ${at} (${u.expression})`;
}
function describeFileRef(ref) {
    const verb = ref.kind === 'include' ? 'includes' : ref.kind === 'stack' ? 'generated by' : 'reads';
    return ref.via.length === 0 ? `${verb} ${ref.path}` : `${verb} ${ref.path} (via ${ref.via.join(' -> ')})`;
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
async function isFile(p) {
    try {
        return (await (0,promises_.stat)(p)).isFile();
    }
    catch {
        return false;
    }
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

;// CONCATENATED MODULE: ./src/core/terragrunt/discovery.ts
/**
 * Finding the Terragrunt units under a directory, by scanning the filesystem or from `terragrunt find --json`.
 *
 * A unit is a directory with a `terragrunt.hcl`, except:
 * - directories Terragrunt and tools keep to themselves: any hidden directory (`.git`, `.terragrunt-cache`,
 *   `.terraform`, …) but `.terragrunt-stack` (units generated by stacks), and `node_modules`;
 * - a `terragrunt.hcl` that another `terragrunt.hcl` includes (the legacy root config found by
 *   `find_in_parent_folders()`; a `root.hcl` is never a unit since only `terragrunt.hcl` files are);
 * - a `terragrunt.hcl` with no `terraform` block and no `.tf` files beside it that has units below it (a parent
 *   config whose include could not be resolved statically).
 */








/** Raised when a `units` pattern selects no unit; `patterns` lists every such pattern. */
class UnitPatternError extends user_error/* UserError */.y {
    patterns;
    name = 'UnitPatternError';
    constructor(patterns, root) {
        const list = patterns.map((p) => `'${p}'`).join(', ');
        super(`No Terragrunt unit matches ${patterns.length === 1 ? 'pattern' : 'patterns'} ${list} under ${root}: ` +
            'use directories or globs relative to the working directory (e.g. live/prod/*, **/vpc).');
        this.patterns = patterns;
    }
}
const SKIPPED_DIRS = new Set(['node_modules']);
/**
 * The unit directories under `root`, relative to it with `/` separators, sorted (`.` when root itself is a unit).
 * With `patterns`, only the units they select; throws `UnitPatternError` naming each pattern that selects nothing
 * (use `selectUnits` on the full list to warn instead).
 */
async function discoverUnits(root, opts = {}) {
    const absRoot = external_node_path_default().resolve(root);
    const cache = opts.cache ?? createHclCache();
    const found = [];
    await scan(absRoot, found);
    const infos = await Promise.all(found.map(async (f) => {
        const refs = await readUnitRefs(f.dir, absRoot, { repoRoot: opts.repoRoot, cache, modules: false });
        return { ...f, refs };
    }));
    const included = new Set();
    for (const info of infos) {
        for (const file of info.refs.files)
            if (file.kind === 'include')
                included.add(external_node_path_default().resolve(absRoot, file.path));
    }
    const dirs = found.map((f) => f.dir);
    const units = infos
        .filter((info) => {
        if (included.has(external_node_path_default().join(info.dir, 'terragrunt.hcl')))
            return false;
        if (info.refs.hasTerraformBlock || info.hasTfFiles)
            return true;
        return !dirs.some((d) => d !== info.dir && d.startsWith(info.dir + (external_node_path_default()).sep));
    })
        .map((info) => info.refs.unit)
        .sort();
    if (!opts.patterns || opts.patterns.every((p) => p.trim() === ''))
        return units;
    const { units: selected, unmatched } = selectUnits(units, opts.patterns);
    if (unmatched.length > 0)
        throw new UnitPatternError(unmatched, root);
    return selected;
}
async function scan(dir, out) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    const subdirs = [];
    let config = false;
    let hasTfFiles = false;
    for (const e of entries) {
        if (e.isDirectory()) {
            // Units generated by stacks live in .terragrunt-stack, which Terragrunt discovers like any directory
            // (internal/discovery/discovery.go, v0.89.0: hidden directories are skipped except .terragrunt-stack).
            const hidden = e.name.startsWith('.') && e.name !== STACK_DIR;
            if (!hidden && !SKIPPED_DIRS.has(e.name))
                subdirs.push(external_node_path_default().join(dir, e.name));
        }
        else if (e.isFile()) {
            if (e.name === 'terragrunt.hcl')
                config = true;
            else if (e.name.endsWith('.tf') || e.name.endsWith('.tf.json'))
                hasTfFiles = true;
        }
    }
    if (config)
        out.push({ dir, hasTfFiles });
    await Promise.all(subdirs.map((d) => scan(d, out)));
}
/**
 * The units that `patterns` select (sorted), and the patterns that select none. A positive pattern selects a unit
 * when it matches the unit's path or one of its parent directories (minimatch, relative to root); `!pattern`
 * removes the units it would select. Only negative patterns: all units minus those.
 */
function selectUnits(units, patterns) {
    const include = [];
    const exclude = [];
    for (const raw of patterns) {
        const trimmed = raw.trim();
        if (trimmed === '')
            continue;
        const negative = trimmed.startsWith('!');
        const pattern = normaliseUnitPath(negative ? trimmed.slice(1) : trimmed);
        (negative ? exclude : include).push({ raw: trimmed, pattern });
    }
    const unmatched = new Set();
    const selects = (unit, pattern) => pattern === '.' || candidates(unit).some((c) => (0,esm/* minimatch */.xF)(c, pattern, { dot: true }));
    let selected = include.length === 0 ? [...units] : [];
    for (const { raw, pattern } of include) {
        const hits = units.filter((u) => selects(u, pattern));
        if (hits.length === 0)
            unmatched.add(raw);
        selected.push(...hits);
    }
    for (const { raw, pattern } of exclude) {
        const before = selected.length;
        selected = selected.filter((u) => !selects(u, pattern));
        if (selected.length === before && !units.some((u) => selects(u, pattern)))
            unmatched.add(raw);
    }
    return { units: [...new Set(selected)].sort(), unmatched: [...unmatched] };
}
/** The unit path and each of its parent directories: `a/b/c` -> `a/b/c`, `a/b`, `a`. */
function candidates(unit) {
    if (unit === '.')
        return ['.'];
    const parts = unit.split('/');
    return parts.map((_, i) => parts.slice(0, parts.length - i).join('/'));
}
/**
 * `find --reading` lists the files each unit reads from this version on (cli/commands/find/cli.go, v0.92.0); what it
 * tracks grows later (includes from v0.94.0, local module files from v1.0.3), see hcl-refs `TRACKED_SINCE`.
 */
const FIND_READING_SINCE = '0.92.0';
/** Extra `find` flags this Terragrunt version has for selection: `--reading` where it exists. */
function findSelectionArgs(version) {
    const v = semver_default().coerce(version);
    return v && semver_default().gte(v, FIND_READING_SINCE) ? ['--reading'] : [];
}
/**
 * Parses `terragrunt find --json [--dependencies] [--reading]` output: keeps `type: unit` entries (stacks are
 * dropped) and normalises paths (`/` separators, no `./`, no trailing `/`). Tolerates log lines around the JSON
 * array; throws when there is no JSON array.
 */
function parseFindJson(stdout) {
    const data = extractJsonArray(stdout);
    const out = [];
    for (const entry of data) {
        if (typeof entry !== 'object' || entry === null)
            continue;
        const e = entry;
        if (e.type !== undefined && e.type !== 'unit')
            continue;
        if (typeof e.path !== 'string')
            continue;
        const unit = {
            path: normaliseUnitPath(e.path),
            dependencies: stringList(e.dependencies).map((p) => normaliseUnitPath(p))
        };
        if (Array.isArray(e.reading))
            unit.reading = stringList(e.reading).map((p) => normaliseUnitPath(p));
        out.push(unit);
    }
    return out;
}
/**
 * The units under `root`: Terragrunt's `find` (with `extraArgs`; `started`: the output of one already started), else,
 * when find is missing or its output unreadable (older versions), a scan for terragrunt.hcl files. `viaFind` says
 * which answered, so a caller knows whether find's own fields (e.g. `reading`) are there.
 */
async function findOrScanUnits(cli, root, opts) {
    const json = await (opts.started ?? findUnitsJson(cli, root, opts.extraArgs).catch(() => undefined));
    if (json) {
        try {
            return { units: parseFindJson(json), viaFind: true };
        }
        catch (e) {
            opts.log(`terragrunt find gave unreadable output (${e.message}); scanning for terragrunt.hcl instead.`);
        }
    }
    else {
        opts.log('terragrunt find is not available; scanning for terragrunt.hcl instead.');
    }
    return { units: (await discoverUnits(root)).map((path) => ({ path, dependencies: [] })), viaFind: false };
}
function extractJsonArray(stdout) {
    const text = stdout.trim();
    const attempts = [text];
    const start = text.search(/^\s*\[/m);
    const end = text.lastIndexOf(']');
    if (start >= 0 && end > start)
        attempts.push(text.slice(start, end + 1));
    for (const attempt of attempts) {
        try {
            const value = JSON.parse(attempt);
            if (Array.isArray(value))
                return value;
            if (value === null)
                return [];
        }
        catch {
            // try the next candidate
        }
    }
    if (text === '' || text === 'null')
        return [];
    throw new Error(`terragrunt find --json printed no JSON array: ${text.slice(0, 200)}`);
}
function stringList(v) {
    return Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [];
}

;// CONCATENATED MODULE: ./src/core/terragrunt/plan-files.ts






/** File names read as a unit's plan in a `--json-out-dir` / `--out-dir` style tree. */
const JSON_NAMES = ['tfplan.json', 'plan.json'];
const TEXT_NAMES = ['tfplan.txt', 'plan.txt', 'tfplan.log', 'plan.log'];
/** At the top of the directory: the run report (`--report-file`) and the run's own output saved to a file. */
const REPORT_NAMES = ['report.json', 'report.csv'];
const LOG_NAMES = ['terragrunt.log'];
const SKIP = new Set(['.git', '.terragrunt-cache', '.terraform', 'node_modules']);
async function walk(dir, found) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    if (entries.some((e) => e.isFile() && (JSON_NAMES.includes(e.name) || TEXT_NAMES.includes(e.name))))
        found.push(dir);
    for (const e of entries)
        if (e.isDirectory() && !SKIP.has(e.name))
            await walk((0,external_node_path_.join)(dir, e.name), found);
}
const unitPath = (root, dir) => (0,external_node_path_.relative)(root, dir).split(external_node_path_.sep).join('/') || '.';
/**
 * Reads plans an earlier step produced: a directory laid out like Terragrunt's `--json-out-dir`
 * (`<unit>/tfplan.json`, with `tfplan.txt`/`plan.txt` beside it when the text was saved too), or a single file: a JSON
 * plan, a plan text, or a Terragrunt run-all log, which is split into its units.
 *
 * A unit that failed to plan has no tfplan.json, so the directory alone cannot show it: the run report
 * (`report.json`/`report.csv` at the top, from `--report-file`) and `expectedUnits` name the units that must be
 * there, and each one without a plan becomes an error. Terragrunt writes no plan text to the out dirs; the text comes
 * from `<unit>/tfplan.txt` (or `plan.txt`, …) or from the run's own output saved as `terragrunt.log` at the top
 * (any `--log-format`, demultiplexed per unit); without either the unit has its counts and addresses from the JSON
 * plan but no diff text.
 */
async function readPlanPath(path, options = {}) {
    const { input = 'plan-path', expectedUnits = [] } = options;
    const info = await (0,promises_.stat)(path).catch(() => undefined);
    if (!info)
        throw new user_error/* UserError */.y(`Input '${input}' points at '${path}', which does not exist.`);
    if (info.isFile()) {
        const text = await (0,promises_.readFile)(path, 'utf8');
        if (text.trimStart().startsWith('{'))
            return [buildUnitPlan({ path: '.', text: '', json: text })];
        const log = demuxTerragruntLog(text);
        if (log.units.size > 1 || (log.units.size === 1 && !log.units.has('.'))) {
            return [...log.units].map(([unit, out]) => buildUnitPlan({ path: unit, text: out.stdout.join('\n'), stderr: out.stderr.join('\n') }));
        }
        return [buildUnitPlan({ path: '.', text })];
    }
    const dirs = [];
    await walk(path, dirs);
    const report = await readReport(path, input);
    const logText = await firstExisting(path, LOG_NAMES);
    const log = logText === undefined ? undefined : demuxTerragruntLog(logText);
    const runErrors = log ? runLevelErrors(log) : [];
    if (dirs.length === 0 && report.size === 0 && expectedUnits.length === 0 && runErrors.length > 0) {
        throw new user_error/* UserError */.y(`Input '${input}': no plans under '${path}': the Terragrunt run failed before any unit: ${(0,user_error/* oneLine */.T)(runErrors.join(' '), 300)}`);
    }
    if (dirs.length === 0 && report.size === 0 && expectedUnits.length === 0) {
        throw new user_error/* UserError */.y(`Input '${input}': no plans under '${path}': expected <unit>/tfplan.json (Terragrunt --json-out-dir) or <unit>/plan.txt files.`);
    }
    const found = new Map(dirs.map((dir) => [unitPath(path, dir), dir]));
    const names = new Set([
        ...found.keys(),
        ...report.keys(),
        ...missingUnits(expectedUnits, [...found.keys(), ...report.keys()])
    ]);
    const units = [];
    for (const unit of [...names].sort()) {
        const entry = report.get(unit);
        if (entry?.result === 'excluded')
            continue;
        const dir = found.get(unit) ?? (0,external_node_path_.join)(path, unit);
        let json;
        let text = '';
        for (const name of JSON_NAMES)
            json ??= await readIfExists((0,external_node_path_.join)(dir, name));
        for (const name of TEXT_NAMES)
            text ||= (await readIfExists((0,external_node_path_.join)(dir, name))) ?? '';
        const unitLog = log?.units.get(unit);
        if (!text && unitLog)
            text = unitLog.stdout.join('\n');
        const stderr = unitLog?.stderr.join('\n');
        const failure = missingPlan(unit, entry, json, text) ??
            (!json && !entry && runErrors.length > 0
                ? `Terragrunt stopped the run before this unit: ${(0,user_error/* oneLine */.T)(runErrors.join(' '), 300)}`
                : undefined);
        units.push(buildUnitPlan({ path: unit, text, json, stderr, exitCode: failure ? 1 : undefined, failure }));
    }
    return units;
}
/**
 * The expected units (normalised) that have no result among `have`: an expected path with results below it names a
 * directory of units, not a unit.
 */
function missingUnits(expected, have) {
    return expected
        .map((u) => normaliseUnitPath(u))
        .filter((u) => !have.some((h) => h === u || u === '.' || h.startsWith(`${u}/`)));
}
/** Why a unit has no usable plan, or undefined when it has one. */
function missingPlan(unit, entry, json, text) {
    if (entry?.result === 'failed') {
        return (0,user_error/* oneLine */.T)(entry.cause ?? `${unit} failed to plan (run report: ${entry.reason ?? 'failed'})`, 300);
    }
    if (entry?.result === 'early exit') {
        return `not planned: a dependency failed${entry.cause ? ` (${(0,user_error/* oneLine */.T)(entry.cause, 120)})` : ''}`;
    }
    if (json || text.trim())
        return undefined;
    return entry
        ? `the run report says ${entry.result}, but there is no tfplan.json for it`
        : 'no plan file for this unit (expected <unit>/tfplan.json)';
}
async function firstExisting(dir, names) {
    for (const name of names) {
        const text = await readIfExists((0,external_node_path_.join)(dir, name));
        if (text !== undefined)
            return text;
    }
    return undefined;
}
async function readReport(dir, input) {
    const report = new Map();
    const text = await firstExisting(dir, REPORT_NAMES);
    if (text === undefined)
        return report;
    let entries;
    try {
        entries = parseRunReport(text);
    }
    catch (e) {
        throw new user_error/* UserError */.y(`Input '${input}': the run report in '${dir}' cannot be read: ${e.message}.`);
    }
    // names are relative to the run's working dir; the out dir mirrors that layout
    for (const entry of entries)
        report.set(normaliseUnitPath(entry.name), entry);
    return report;
}

// EXTERNAL MODULE: ./src/core/terragrunt/process.ts + 2 modules
var terragrunt_process = __webpack_require__(2296);
;// CONCATENATED MODULE: ./src/core/terragrunt/stacks.ts
/**
 * Terragrunt stacks: a `terragrunt.stack.hcl` declares `unit` and `stack` blocks that Terragrunt generates into
 * `.terragrunt-stack/` before it can discover or run them. Until they are generated a stacks repository has no units
 * at all, so selection generates them first, as `run --all` itself does from v0.79.0 (cli/commands/run/cli.go
 * `wrapWithStackGenerate`; internal/runner/runall/runall.go from v0.98.0, unless `--no-stack-generate`).
 */





/**
 * The `stacks` experiment is complete (no `--experiment stacks` needed) from this version
 * (internal/experiment/experiment.go: `Stacks` gets `StatusCompleted` in v0.78.0).
 */
const STACKS_GA = '0.78.0';
/** The stack files under `root` that the user wrote (generated ones, inside `.terragrunt-stack`, are not listed). */
async function findStackFiles(root) {
    const out = [];
    const walk = async (dir) => {
        let entries;
        try {
            entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries) {
            if (e.isFile() && e.name === STACK_FILE)
                out.push(external_node_path_default().join(dir, e.name));
            else if (e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules')
                await walk(external_node_path_default().join(dir, e.name));
        }
    };
    await walk(external_node_path_default().resolve(root));
    return out.sort();
}
/** The `terragrunt stack generate` arguments for `root` at `version`. */
function stackGenerateArgs(root, version) {
    const args = ['stack', 'generate', '--working-dir', root, '--non-interactive', '--no-color'];
    const v = semver_default().coerce(version);
    if (v && semver_default().lt(v, STACKS_GA))
        args.push('--experiment', 'stacks');
    return args;
}
/**
 * Generates every stack under `root` with Terragrunt's own `stack generate` (sources fetched, `values` written to
 * `terragrunt.values.hcl`). A failure is the user's to fix and fails the run: the units it would have generated
 * cannot be known, and planning the rest would hide them.
 */
async function generateStacks(cli, root, version) {
    const res = await cli.runner.run(cli.binary, stackGenerateArgs(root, version), {
        cwd: root,
        timeoutMs: cli.deadline?.remaining(),
        env: { ...cli.env, TF_IN_AUTOMATION: '1', TF_INPUT: '0' }
    });
    if (res.exitCode === 0 && !res.timedOut)
        return;
    const detail = `${res.stderr}\n${res.stdout}`
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .slice(-3)
        .join(' ');
    throw new user_error/* UserError */.y(`terragrunt stack generate failed in '${root}' (${res.timedOut ? 'timed out' : `exit code ${res.exitCode}`}): ${(0,user_error/* oneLine */.T)(detail || 'no output', 300)}. Without it the units of its stacks are unknown, so nothing was planned.`);
}
/** Every stack file under `root`, the generated ones inside `.terragrunt-stack` included, relative to it. */
async function allStackFiles(root) {
    const out = [];
    const walk = async (dir) => {
        const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => []);
        for (const e of entries) {
            if (e.isFile() && e.name === STACK_FILE)
                out.push(rel(root, external_node_path_default().join(dir, e.name)));
            else if (e.isDirectory() && (e.name === STACK_DIR || !e.name.startsWith('.')) && e.name !== 'node_modules')
                await walk(external_node_path_default().join(dir, e.name));
        }
    };
    await walk(root);
    return out.sort();
}
/**
 * The `unit` and `stack` blocks that the pull request removes from stack files it keeps: for each changed stack file
 * (relative to the root; `../` for a catalog outside it) that still exists, the blocks its base revision generates
 * and the checked-out revision no longer does, at every place it is generated: where it is (when under the root)
 * and, for a stack file that a `stack` block uses as its local `source`, each generated copy (`.terragrunt-stack/…`,
 * so stacks must be generated first). Blocks are compared by the directory they generate, so a changed `path` is a
 * removal too. `readBase` gives a file's text at the base (null: the file is new), or throws when it cannot.
 * Anything that cannot be told (the base not readable, a `path` not evaluable) is listed in `unknown`, never guessed.
 */
async function removedStackComponents(root, changedStackFiles, readBase, opts = {}) {
    const absRoot = external_node_path_default().resolve(root);
    const out = { removed: [], unknown: [] };
    if (changedStackFiles.length === 0)
        return out;
    // Where each local stack source is generated: the `stack` blocks of every stack file, generated ones included.
    const copies = new Map();
    for (const file of await allStackFiles(absRoot)) {
        const head = await stackComponents(external_node_path_default().join(absRoot, file), absRoot, opts);
        for (const c of head?.components ?? []) {
            if (c.kind === 'stack' && c.source !== undefined && c.dir !== undefined)
                copies.set(c.source, [...(copies.get(c.source) ?? []), c.dir]);
        }
    }
    for (const file of [...new Set(changedStackFiles)].sort()) {
        let base;
        try {
            base = await readBase(file);
        }
        catch (e) {
            out.unknown.push({ file, reason: (0,user_error/* oneLine */.T)(e.message, 200) });
            continue;
        }
        if (base === null)
            continue;
        const dir = external_node_path_default().posix.dirname(file);
        const places = [...(copies.get(dir) ?? [])];
        if (!dir.startsWith('../') && !dir.split('/').some((p) => p.startsWith('.') && p !== '.'))
            places.unshift(dir);
        for (const place of places) {
            const at = external_node_path_default().join(absRoot, place, STACK_FILE);
            const [was, is] = await Promise.all([
                stackComponents(at, absRoot, { ...opts, text: base }),
                stackComponents(at, absRoot, opts)
            ]);
            if (!was || !is)
                continue; // a copy not generated: nothing of it to compare
            const unknownPath = (list) => list.find((c) => c.dir === undefined);
            const bad = unknownPath(was.components) ?? unknownPath(is.components);
            if (was.errors.length > 0 || is.errors.length > 0) {
                const [which, error] = was.errors.length > 0 ? ['its base revision', was.errors[0]] : [place, is.errors[0]];
                out.unknown.push({ file, reason: `${which} does not parse (${(0,user_error/* oneLine */.T)(error, 120)})` });
                break;
            }
            if (bad) {
                out.unknown.push({
                    file,
                    reason: `the path of ${bad.kind} "${bad.name}" cannot be evaluated (line ${bad.line})`
                });
                break;
            }
            const now = new Set(is.components.map((c) => c.dir));
            for (const c of was.components) {
                if (!now.has(c.dir))
                    out.removed.push({ kind: c.kind, name: c.name, dir: c.dir, file: rel(absRoot, at) });
            }
        }
    }
    out.removed.sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0));
    return out;
}


;// CONCATENATED MODULE: ./src/terragrunt-plan-comment/base-revision.ts

/** Bounds each git call (a fetch from an unreachable remote must not hang the run). */
const GIT_TIMEOUT_MS = 120_000;
/** History fetched (commits from each of the two commits) while their merge base is not in a shallow clone. */
const MERGE_BASE_DEPTHS = [50, 500, 5_000];
/**
 * A reader of files (paths relative to `repoRoot`, the git top level) at the merge base of commit `sha` (the event's
 * base) and the checkout's HEAD: the text, or null when the file does not exist there. Throws, with a one-line
 * reason, when that revision cannot be found or read.
 */
function baseReader(runner, repoRoot, sha, opts = {}) {
    const git = (args) => runner.run('git', args, { cwd: repoRoot, env: { GIT_TERMINAL_PROMPT: '0' }, timeoutMs: GIT_TIMEOUT_MS });
    let revision;
    return async (file) => {
        revision ??= mergeBase(git, sha, opts.depths ?? MERGE_BASE_DEPTHS);
        const at = await revision;
        if ((await git(['cat-file', '-e', `${at}:${file}`])).exitCode !== 0)
            return null;
        const shown = await git(['show', `${at}:${file}`]);
        if (shown.exitCode !== 0) {
            throw new Error(`git show ${at.slice(0, 12)}:${file} failed (${(0,user_error/* oneLine */.T)(shown.stderr.trim(), 160)})`);
        }
        return shown.stdout;
    };
}
async function mergeBase(git, sha, depths) {
    if (!sha || !/^[0-9a-f]{40}$/i.test(sha))
        throw new Error('the event names no base commit of the pull request');
    const has = async (commit) => (await git(['cat-file', '-e', `${commit}^{commit}`])).exitCode === 0;
    const lastLine = (text) => (0,user_error/* oneLine */.T)(text.trim().split('\n').at(-1) ?? '', 160);
    if (!(await has(sha))) {
        const fetched = await git(['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', sha]);
        if (fetched.exitCode !== 0 || !(await has(sha))) {
            throw new Error(`base commit ${sha.slice(0, 12)} is not in the checkout and cannot be fetched (${lastLine(fetched.stderr)})`);
        }
    }
    const headRes = await git(['rev-parse', '--verify', 'HEAD^{commit}']);
    const head = headRes.stdout.trim();
    if (headRes.exitCode !== 0 || head === '')
        throw new Error(`the checkout has no HEAD commit`);
    // HEAD is the PR's merge commit (or a squash on the base): its own parent line names the base, even in a clone
    // too shallow to hold that parent.
    const raw = await git(['cat-file', 'commit', head]);
    if (raw.exitCode === 0 && raw.stdout.split('\n\n')[0].split('\n').includes(`parent ${sha.toLowerCase()}`))
        return sha;
    const find = async () => {
        const res = await git(['merge-base', sha, head]);
        return res.exitCode === 0 ? res.stdout.trim() : '';
    };
    let found = await find();
    let fetchedDepth = 0;
    let why = '';
    for (const depth of depths) {
        if (found !== '')
            break;
        const shallow = await git(['rev-parse', '--is-shallow-repository']);
        if (shallow.stdout.trim() !== 'true')
            break; // all the history is here: there is no merge base
        const fetched = await git([
            'fetch',
            '--no-tags',
            '--no-recurse-submodules',
            `--depth=${depth}`,
            'origin',
            sha,
            head
        ]);
        if (fetched.exitCode !== 0) {
            why = `; fetching history failed (${lastLine(fetched.stderr)})`;
            break;
        }
        fetchedDepth = depth;
        found = await find();
    }
    if (found !== '')
        return found;
    const looked = fetchedDepth > 0 ? ` within ${fetchedDepth} commits of each` : '';
    throw new Error(`no merge base of base commit ${sha.slice(0, 12)} and the checkout's HEAD ${head.slice(0, 12)} was found${looked}${why}`);
}

// EXTERNAL MODULE: ./src/terragrunt-plan-comment/target.ts
var target = __webpack_require__(8515);
;// CONCATENATED MODULE: ./src/terragrunt-plan-comment/select.ts
















/**
 * Checks Terragrunt, generates stacks, discovers the units, applies the `units` input and, on PRs with changed-only,
 * the PR's changes.
 */
async function selectPlanUnits(settings, ctx, octokit, changed = (0,target/* listPullFiles */.pG)(settings, ctx, octokit)) {
    const root = (0,external_node_path_.resolve)(ctx.workspace, settings.workingDirectory);
    const rootInfo = await (0,promises_.stat)(root).catch(() => undefined);
    if (!rootInfo?.isDirectory()) {
        throw new user_error/* UserError */.y(`Input 'working-directory' is '${settings.workingDirectory}', which is not a directory in the workspace.`);
    }
    const cli = {
        binary: resolveBinary(settings.terragruntBinary, ctx.workspace),
        tfBinary: settings.tfBinary && resolveBinary(settings.tfBinary, ctx.workspace),
        runner: terragrunt_process/* spawnRunner */.Sx,
        env: {},
        // the `timeout` input bounds every Terragrunt process from here on: version, discovery, run --all
        deadline: new Deadline(systemClock, settings.timeoutMs)
    };
    // The PR's file list (network, `changed`: asked for already) and the Terragrunt processes need nothing from each
    // other.
    // The file scan also lets the PR's file list request leave before the first process is spawned.
    const stacks = await findStackFiles(root);
    // Without stack files nothing changes the units before discovery, and `find` needs the version only for
    // --reading, which only changed-only selection reads: then it runs beside --version.
    const early = stacks.length === 0 && !changed ? findUnitsJson(cli, root).catch(() => undefined) : undefined;
    const version = await checkTerragrunt(cli, root);
    actions_core/* info */.pq(`Terragrunt ${version}`);
    if (stacks.length > 0) {
        actions_core/* info */.pq(`Generating ${stacks.length} stack(s) with terragrunt stack generate.`);
        await generateStacks(cli, root, version);
    }
    // Every unit is planned (no PR file list, no units input): the plan starts now, while the units are found.
    const everyUnit = !changed && settings.units.every((u) => u.trim() === '');
    const started = everyUnit ? await startPlanning(settings, { cli, root, version }) : undefined;
    try {
        return { ...(await selectFound(settings, ctx, { root, cli, version }, early, changed)), started };
    }
    catch (e) {
        await started?.run.abort();
        throw e;
    }
}
/** Discovery (unless already under way), the `units` input and the PR's changes. */
async function selectFound(settings, ctx, { root, cli, version }, early, changed) {
    const pr = ctx.pullRequest;
    const { units: found, reading } = await discover(cli, root, changed ? version : undefined, early);
    const all = found.map((u) => u.path);
    const { units: selected, unmatched } = selectUnits(all, settings.units);
    if (unmatched.length > 0) {
        throw new user_error/* UserError */.y(`Input 'units': ${unmatched.map((p) => `'${p}'`).join(', ')} matches no Terragrunt unit under '${settings.workingDirectory}' (found ${all.length} units).`);
    }
    let units = selected;
    let deleted = [];
    let deletedUnknown = [];
    let reasons = new Map();
    if (changed) {
        ;
        ({ units, deleted, deletedUnknown, reasons } = await changedUnits(await changed, { root, workspace: ctx.workspace, baseSha: pr?.baseSha }, all, selected, found, reading ? version : undefined));
    }
    else if (settings.changedOnly && !ctx.pullRequest) {
        actions_core/* info */.pq(`Event ${ctx.eventName} has no pull request: planning all ${selected.length} selected units.`);
    }
    const skipped = selected.filter((u) => !units.includes(u));
    return { root, cli, version, all, units, deleted, deletedUnknown, skipped, reasons };
}
/**
 * Terragrunt's `find` (with `--reading` where this `version` has it; without a version, no `--reading`; `started`:
 * the output of one already started without it), else a scan for terragrunt.hcl files.
 */
async function discover(cli, root, version, started) {
    const extraArgs = version && !started ? findSelectionArgs(version) : [];
    const { units, viaFind } = await findOrScanUnits(cli, root, { extraArgs, started, log: (m) => actions_core/* info */.pq(m) });
    return { units, reading: viaFind && extraArgs.includes('--reading') };
}
/**
 * The git top level of `dir`: the PR's file names and `get_repo_root()` are relative to it, which is not the
 * workspace when the repository is checked out into a subdirectory (actions/checkout `path:`). Without git (or
 * outside a repository): `fallback`.
 */
async function gitTopLevel(runner, dir, fallback) {
    const res = await runner.run('git', ['rev-parse', '--show-toplevel'], { cwd: dir }).catch(() => undefined);
    const top = res && res.exitCode === 0 ? res.stdout.trim() : '';
    return top !== '' ? (0,external_node_path_.resolve)(top) : fallback;
}
async function changedUnits({ files, truncated }, { root, workspace, baseSha }, all, selected, found, readingVersion) {
    if (truncated) {
        actions_core/* warning */.$e('The pull request changes 3,000 files or more, more than GitHub lists: planning every selected unit.');
        return { units: selected, deleted: [], deletedUnknown: [], reasons: new Map() };
    }
    // Both sides through realpath, so a symlinked workspace or temp dir does not turn paths into ../../…
    const realRoot = await (0,promises_.realpath)(root);
    const repoRoot = await (0,promises_.realpath)(await gitTopLevel(terragrunt_process/* spawnRunner */.Sx, root, workspace));
    const changedFiles = files.map((f) => (0,external_node_path_.relative)(realRoot, (0,external_node_path_.join)(repoRoot, f)).split(external_node_path_.sep).join('/'));
    const affected = await affectedUnits({
        root: realRoot,
        units: all,
        changedFiles,
        knownDependencies: found,
        readingVersion,
        repoRoot
    });
    const chosen = affected.units.filter((u) => selected.includes(u));
    actions_core/* info */.pq(`${files.length} changed file(s) affect ${chosen.length} of ${selected.length} selected unit(s):`);
    for (const u of chosen)
        actions_core/* info */.pq(`  ${u}: ${affected.reasons.get(u) ?? ''}`);
    const removed = await removedFromStacks(changedFiles, realRoot, repoRoot, baseSha);
    const deleted = [...new Set([...affected.deleted, ...removed.deleted])].sort();
    for (const d of deleted)
        actions_core/* info */.pq(`  ${d}: removed by this pull request (not planned; destroy it before removing its code)`);
    warnUnresolved(affected, selected, realRoot, repoRoot);
    const reasons = new Map(chosen.map((u) => [u, affected.reasons.get(u) ?? 'affected by the changed files']));
    return { units: chosen, deleted, deletedUnknown: removed.unknown, reasons };
}
/**
 * The `unit`/`stack` blocks the PR removes from stack files it keeps (compared with the PR's base commit), as
 * deleted unit directories; a stack file whose base cannot be read is warned about (annotated) and named in the
 * comment, since units removed from it cannot be listed.
 */
async function removedFromStacks(changedFiles, root, repoRoot, baseSha) {
    const kept = [];
    for (const f of changedFiles) {
        if (f.split('/').at(-1) === STACK_FILE && (await (0,promises_.stat)((0,external_node_path_.join)(root, f)).catch(() => undefined))?.isFile())
            kept.push(f);
    }
    const repoPath = (f) => (0,external_node_path_.relative)(repoRoot, (0,external_node_path_.join)(root, f)).split(external_node_path_.sep).join('/');
    const read = baseReader(terragrunt_process/* spawnRunner */.Sx, repoRoot, baseSha);
    const result = await removedStackComponents(root, kept, (f) => read(repoPath(f)), { repoRoot });
    for (const r of result.removed)
        actions_core/* info */.pq(`  ${r.kind} "${r.name}" removed from ${r.file}: generated ${r.dir}`);
    const unknown = result.unknown.map(({ file, reason }) => {
        const message = `Units removed from ${repoPath(file)} by this pull request cannot be listed: ${reason}.`;
        actions_core/* warning */.$e(`${message} Its units that remain are planned; check that no unit or stack block was removed.`, {
            title: 'Stack file base not readable',
            file: repoPath(file)
        });
        return message;
    });
    return { deleted: result.removed.map((r) => r.dir), unknown };
}
/** One warning (an annotation on the file and line) per expression the reader could not resolve, naming its units. */
function warnUnresolved(affected, selected, root, repoRoot) {
    const groups = new Map();
    for (const u of affected.unresolved) {
        if (!selected.includes(u.unit))
            continue;
        const key = describeUnresolved(u);
        const group = groups.get(key) ?? { units: [], reason: unresolvedReason(u), file: u.file, line: u.line };
        group.units.push(u.unit);
        groups.set(key, group);
    }
    for (const g of groups.values()) {
        const names = g.units.length > 5 ? `${g.units.slice(0, 5).join(', ')} and ${g.units.length - 5} more` : g.units.join(', ');
        actions_core/* warning */.$e(`Planning ${names} to be safe: ${g.reason}.`, {
            title: 'Terragrunt reference not resolved',
            file: (0,external_node_path_.relative)(repoRoot, (0,external_node_path_.join)(root, g.file)).split(external_node_path_.sep).join('/'),
            startLine: g.line > 0 ? g.line : undefined
        });
    }
}
/**
 * The plans of `plan-path`, narrowed by the `units` input. A unit the input names literally (no glob, no `!`) must
 * have a result: one without a plan (Terragrunt writes none for a unit that failed) is a failed unit, never left out.
 */
async function readPlans(settings, ctx) {
    const expectedUnits = settings.units
        .map((u) => u.trim())
        .filter((u) => u !== '' && !u.startsWith('!') && !new esm/* Minimatch */.VR(u).hasMagic());
    return narrowPlans(await readPlanPath((0,external_node_path_.resolve)(ctx.workspace, settings.planPath), { expectedUnits }), settings);
}
/** Applies the `units` input to plans read from `plan-path`, as it applies to discovered units. */
function narrowPlans(plans, settings) {
    if (settings.units.length === 0)
        return plans;
    const { units, unmatched } = selectUnits(plans.map((p) => p.path), settings.units);
    if (unmatched.length > 0) {
        throw new user_error/* UserError */.y(`Input 'units': ${unmatched.map((p) => `'${p}'`).join(', ')} matches no unit in '${settings.planPath}' (found ${plans.length} units).`);
    }
    const keep = new Set(units);
    return plans.filter((p) => keep.has(p.path));
}

;// CONCATENATED MODULE: ./src/terragrunt-plan-comment/verify.ts
/**
 * verify-reviewed, the step: on the push that merges a pull request, find that pull request, read the plan our
 * comment on it showed (our marker and written by the token's own account), plan again (the reviewed units plus the
 * pull request's changed-files selection), and say whether the plan is the one reviewers saw: output
 * `reviewed-plan-matches`, the job summary and the log. The `protected` gate runs as it does on the pull request (the
 * merged pull request's labels are the override): a plan that matches its review may still destroy what is protected.
 * The comment is never written: the pull request is closed.
 */
















async function verifyReviewedPlan(settings, ctx, octokit) {
    // Until the comparison says otherwise: a step that fails before it leaves no "true" behind.
    actions_core/* setOutput */.uH('reviewed-plan-matches', 'false');
    if (ctx.pullRequest) {
        throw new user_error/* UserError */.y(`Input 'verify-reviewed' checks the push that merges a pull request, but this ${ctx.eventName} event is about pull request #${ctx.pullRequest.number} itself: run it on push.`);
    }
    if (!octokit) {
        throw new user_error/* UserError */.y("Input 'verify-reviewed' needs 'github-token' to find the merged pull request and its plan comment.");
    }
    const pull = await findMergedPull(octokit, ctx);
    const reviewed = await readReviewed(octokit, ctx, pull.number, settings.label);
    actions_core/* info */.pq(reviewed
        ? `Reviewed plan: ${reviewed.url ?? 'our comment'} on #${pull.number}, for ${reviewed.stamp.headSha.slice(0, 7)} (run ${reviewed.stamp.runId}, attempt ${reviewed.stamp.runAttempt}).`
        : `Pull request #${pull.number} has no plan comment of ours.`);
    // The merged pull request stands in for the event's: its changed files, and its labels for the protected override.
    const prCtx = {
        ...ctx,
        pullRequest: { number: pull.number, headSha: pull.head.sha, baseSha: pull.base.sha, baseRef: pull.base.ref }
    };
    let selection;
    let units;
    if (settings.planPath) {
        units = narrowPlans(await readPlanPath((0,external_node_path_.resolve)(ctx.workspace, settings.planPath)), settings);
    }
    else {
        // The pull request's changed files select units as they did in review; the reviewed units are planned too.
        const chosen = withReviewedUnits(await selectPlanUnits(settings, prCtx, octokit), reviewed);
        if (chosen.added.length > 0)
            actions_core/* info */.pq(`Also planning the reviewed unit(s) ${chosen.added.join(', ')}.`);
        for (const m of chosen.missing)
            actions_core/* info */.pq(`Reviewed unit ${m} is not a unit now.`);
        selection = chosen.selection;
        units = await planUnits(settings, selection);
    }
    const plans = buildPlanResult(units);
    const result = (0,render_redact/* redactPlanResult */.Sx)(plans, settings.redact);
    logUnits(result);
    // A plan that matches the review may still destroy what `protected` names: the gate runs here too.
    const guard = await gateProtected(plans, settings, prCtx, octokit);
    const check = compareWithReview({
        reviewed,
        pull: { number: pull.number, headSha: pull.head.sha },
        fresh: { planHash: result.planHash, units: result.units }
    });
    actions_core/* setOutput */.uH('reviewed-plan-matches', String(check.matches));
    await actions_core/* summary */.z.addRaw(renderReviewCheck(check, ctx, pull.number, reviewed), true).write();
    const report = await writeReport(result, settings, ctx, selection, guard.report);
    setOutputs(result, report.reportPath);
    logReviewCheck(check, result);
    reportProtected(guard);
    reportFailures(result, settings.failOn);
    if (check.matches)
        return;
    const message = `The plan is not the one reviewed: ${check.reason ?? 'unknown'}.`;
    if (settings.failOnUnreviewed)
        actions_core/* setFailed */.C1(message);
    else
        actions_core/* warning */.$e(`${message} (fail-on does not list 'unreviewed', so the step goes on)`);
}
/** The merged pull request of the pushed commit; a clear error when there is none or more than one. */
async function findMergedPull(octokit, ctx) {
    if (!ctx.sha)
        throw new user_error/* UserError */.y("Input 'verify-reviewed': GITHUB_SHA is empty, so there is no commit to check.");
    const sha = ctx.sha;
    const read = async () => (await (0,github/* listPullsOfCommit */.$E)(octokit, ctx.repo, sha));
    const picked = await awaitMergedPull(read, sha, systemClock);
    if ('error' in picked)
        throw new user_error/* UserError */.y(`Input 'verify-reviewed': ${picked.error}`);
    actions_core/* info */.pq(`Commit ${sha.slice(0, 7)} merged pull request #${picked.pull.number} (last commit ${picked.pull.head.sha.slice(0, 7)}).`);
    return picked.pull;
}
/**
 * Waits (ms) before each further read of commits/{sha}/pulls while it lists no pull request merged as `sha`: GitHub
 * links a merge commit to its pull request a moment after the push, so the push's own run can read too early.
 */
const MERGE_LINK_WAITS_MS = [1_000, 2_000, 3_000];
/**
 * `pickMergedPull` over `read()`, read again after each of `waits` while no pull request is merged as `sha` (more than
 * one is an answer, not a delay). The last error says how long it waited.
 */
async function awaitMergedPull(read, sha, clock, waits = MERGE_LINK_WAITS_MS) {
    const started = clock.now();
    for (let attempt = 0;; attempt++) {
        const pulls = await read();
        const merged = pulls.some((p) => p.merged_at !== null && p.merge_commit_sha === sha);
        if (merged || attempt >= waits.length) {
            return pickMergedPull(pulls, sha, attempt > 0 ? { reads: attempt + 1, ms: clock.now() - started } : undefined);
        }
        actions_core/* info */.pq(`GitHub lists no pull request merged as ${sha.slice(0, 7)} yet; reading again in ${waits[attempt] / 1000} s.`);
        await clock.sleep(waits[attempt]);
    }
}
/** Our latest plan comment on the pull request: our marker for this label, written by the token's own account. */
async function readReviewed(octokit, ctx, number, label) {
    const me = await (0,github/* readTokenIdentity */.sb)(octokit);
    const mark = marker(PLAN_COMMENT_ACTION, label || 'default');
    const ours = await (0,github/* findMarkedComments */.eC)(octokit, { ...ctx.repo, number }, mark, me);
    return latestReviewedPlan(ours.map((c) => readReviewedPlan(parseMarkerData(c.body), c.htmlUrl)));
}
function logReviewCheck(check, result) {
    if (check.note)
        actions_core/* info */.pq(`Note: ${check.note}.`);
    if (check.matches) {
        const how = check.by === 'units' ? `all ${result.units.length} unit(s) match` : 'the total plan hash matches';
        actions_core/* info */.pq(`The plan is the one reviewers saw: ${how}.`);
        return;
    }
    for (const u of check.units)
        actions_core/* info */.pq(`  ${u.path}: ${describeDifference(u.why)}`);
}
/** The job summary's block about the review, above the plan. */
function renderReviewCheck(check, ctx, number, reviewed) {
    const prUrl = `${ctx.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}/pull/${number}`;
    const pr = markdown_link(`#${number}`, prUrl);
    const comment = reviewed?.url ? ` (${markdown_link('plan comment', reviewed.url)})` : '';
    const lines = check.matches
        ? [`### ✅ Reviewed plan: matches`, '', `The plan made now is the plan reviewed on ${pr}${comment}.`]
        : [
            `### ❌ Reviewed plan: differs`,
            '',
            `The plan made now is not the plan reviewed on ${pr}${comment}: ${verify_escape(check.reason ?? '')}.`
        ];
    if (check.units.length > 0) {
        lines.push('', ...check.units.map((u) => `- ${inlineCode(u.path)}: ${describeDifference(u.why)}`));
    }
    if (check.note)
        lines.push('', `> [!NOTE]\n> ${verify_escape(check.note)}.`);
    return lines.join('\n') + '\n';
}
const verify_escape = (text) => escapeMarkdownInline(text);

;// CONCATENATED MODULE: ./src/terragrunt-plan-comment/steps.ts
/**
 * Everything main.ts runs after connecting: selection, planning, rendering and publishing. main.ts imports this
 * dynamically once the first API request (the PR's file list) is on its way, so that Node compiles and evaluates this
 * larger part of the bundle while the request is under way instead of before it.
 */










/***/ })

};
