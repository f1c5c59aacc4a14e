import type { CustomerConfirmation } from '@usta/contracts/sync';
import '../styles.css';

/**
 * The customer's page behind the technician's QR code (`/field/confirm.html#<token>`): what was
 * done, and one button to confirm it with their name. No login — the token is the key — and no
 * React: it loads on the customer's phone over mobile data in a few kilobytes.
 */
const english = !navigator.language.toLowerCase().startsWith('tr');
const text = english
  ? {
      title: 'Confirm the service',
      order: 'Service order',
      complaint: 'Complaint',
      diagnosis: 'Diagnosis',
      workDone: 'Work done',
      parts: 'Parts used',
      name: 'Your name',
      confirm: 'I confirm the work',
      done: 'Confirmed by {name}. Thank you!',
      missing: 'This code is not ready yet or no longer valid. Ask the technician, then try again.',
      retry: 'Try again',
      failed: 'Could not confirm: {reason}',
    }
  : {
      title: 'Servis onayı',
      order: 'Servis kaydı',
      complaint: 'Şikayet',
      diagnosis: 'Tespit',
      workDone: 'Yapılan iş',
      parts: 'Kullanılan parçalar',
      name: 'Adınız soyadınız',
      confirm: 'Yapılan işi onaylıyorum',
      done: '{name} tarafından onaylandı. Teşekkür ederiz!',
      missing: 'Bu kod henüz hazır değil ya da artık geçerli değil. Teknisyene sorup yeniden deneyin.',
      retry: 'Yeniden dene',
      failed: 'Onaylanamadı: {reason}',
    };
document.documentElement.lang = english ? 'en' : 'tr';

const root = document.getElementById('confirm')!;
const token = decodeURIComponent(window.location.hash.slice(1));
const url = `/api/v1/public/confirmations/${encodeURIComponent(token)}`;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> & { testid?: string } = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  const { testid, ...rest } = props;
  Object.assign(node, rest);
  if (testid) node.dataset.testid = testid;
  node.append(...children);
  return node;
}

function section(title: string, body: string | null): Node[] {
  return body ? [el('div', { className: 'card' }, el('h2', {}, title), el('div', {}, body))] : [];
}

function show(...nodes: Node[]): void {
  root.replaceChildren(el('h1', {}, text.title), ...nodes);
}

function showMissing(): void {
  const retry = el('button', { className: 'btn secondary', type: 'button' }, text.retry);
  retry.addEventListener('click', () => void load());
  show(el('p', { className: 'muted', testid: 'confirm-missing' }, text.missing), retry);
}

function render(confirmation: CustomerConfirmation): void {
  const summary = [
    el('div', { className: 'muted' }, `${text.order} ${confirmation.number} · ${confirmation.customerName}`),
    ...section(text.complaint, confirmation.complaint),
    ...section(text.diagnosis, confirmation.diagnosis),
    ...section(text.workDone, confirmation.workDone),
    ...section(
      text.parts,
      confirmation.parts.length > 0
        ? confirmation.parts.map((p) => `${p.name} × ${p.quantity}`).join(', ')
        : null,
    ),
  ];
  if (confirmation.confirmedAt) {
    show(
      ...summary,
      el(
        'p',
        { className: 'pill ok', testid: 'confirm-done' },
        text.done.replace('{name}', confirmation.confirmedName ?? ''),
      ),
    );
    return;
  }
  const name = el('input', { autocomplete: 'name', required: true, value: '' });
  name.dataset.testid = 'confirm-name';
  const error = el('p', { className: 'error' });
  const button = el('button', { className: 'btn', type: 'submit' }, text.confirm);
  button.dataset.testid = 'confirm-submit';
  const form = el('form', {}, el('label', { className: 'field' }, text.name, name), error, button);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    button.disabled = true;
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': document.documentElement.lang },
        body: JSON.stringify({ name: name.value.trim() }),
      });
      if (response.status === 404) return showMissing();
      const body = await response.json();
      if (!response.ok) throw new Error(body?.detail ?? `HTTP ${response.status}`);
      render(body as CustomerConfirmation);
    } catch (e) {
      error.textContent = text.failed.replace('{reason}', e instanceof Error ? e.message : String(e));
      button.disabled = false;
    }
  });
  show(...summary, form);
}

async function load(): Promise<void> {
  try {
    const response = await fetch(url, { headers: { accept: 'application/json' } });
    if (!response.ok) return showMissing();
    render((await response.json()) as CustomerConfirmation);
  } catch {
    showMissing();
  }
}

void load();
