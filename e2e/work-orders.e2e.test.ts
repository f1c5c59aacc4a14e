import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.ts';
import { signIn, useUstaInChromium } from './support/usta.ts';

const e2e = useUstaInChromium();

async function openOrder(page: Page, id: string) {
  await page.goto(`${e2e.usta.baseUrl}/work-orders/${id}`);
  await page.getByTestId('wo-status').waitFor();
}

/** Clicks the transition button and waits for the status badge to show the new status. */
async function move(page: Page, status: string) {
  await page.getByTestId(`wo-transition-${status}`).click();
  await page.locator(`[data-testid="wo-status"][data-status="${status}"]`).waitFor();
}

async function pick(page: Page, testId: string, option: string) {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('work-order journey in Chromium', () => {
  it('call centre opens an order from a phone call, planner and technician work it, manager closes it', async () => {
    // Çağrı merkezi: the caller is new; customer and device are created without leaving the form.
    const agent = await signIn(e2e, 'cagri@demo.usta');
    await agent.getByTestId('nav-work-orders').click();
    await agent.getByTestId('wo-create').click();
    await agent.getByTestId('wo-create-lookup').fill('0532 987 65 43');
    await agent.getByTestId('wo-create-no-match').waitFor();
    await agent.getByTestId('wo-create-new-customer').click();
    const customerModal = agent.getByTestId('customer-form-modal');
    await expect(customerModal.getByTestId('customer-form-phone').inputValue()).resolves.toBe(
      '0532 987 65 43',
    );
    await customerModal.getByTestId('customer-form-name').fill('Gülşen Öztürk');
    await customerModal.getByTestId('customer-form-province').fill('İzmir');
    await customerModal.getByTestId('customer-form-district').fill('Karşıyaka');
    await customerModal.getByTestId('customer-form-line').fill('Şehitler Bulvarı No: 7 D: 2');
    await customerModal.getByTestId('customer-form-submit').click();
    await agent.getByTestId('wo-create-customer-name').getByText('Gülşen Öztürk').waitFor();

    await agent.getByTestId('wo-create-new-device').click();
    const deviceModal = agent.getByTestId('device-form-modal');
    await deviceModal.getByTestId('device-form-brand').fill('Arçelik');
    await deviceModal.getByTestId('device-form-model').fill('9120 PM');
    await deviceModal.getByTestId('device-form-deviceType').fill('Çamaşır makinesi');
    await deviceModal.getByTestId('device-form-serialNumber').fill('ARC-2026-0042');
    await deviceModal.getByTestId('device-form-warrantyEnd').fill('31.12.2027');
    await deviceModal.getByTestId('device-form-warrantyEnd').press('Tab');
    await deviceModal.getByTestId('device-form-submit').click();
    await agent.locator('[data-testid="wo-create-device-option-ARC-2026-0042"][data-selected]').waitFor();

    await agent
      .getByTestId('wo-create-complaint')
      .fill('Çamaşır makinesi suyu boşaltmıyor, pompa ses yapıyor.');
    await pick(agent, 'wo-create-impact', 'Yüksek');
    await pick(agent, 'wo-create-urgency', 'Orta');
    await expect(agent.getByTestId('wo-create-priority').getAttribute('data-priority')).resolves.toBe('P2');
    await screenshot(agent, 'work-orders-create');
    await agent.getByTestId('wo-create-submit').click();
    await agent.getByTestId('wo-status').waitFor();
    const number = (await agent.getByTestId('wo-number').textContent()) ?? '';
    expect(number).toMatch(/^[A-Z][A-Z0-9]*-\d{4}-\d{6}$/);
    const id = agent.url().split('/').pop() ?? '';
    await expect(agent.getByTestId('wo-status').getAttribute('data-status')).resolves.toBe('new');
    await agent.getByTestId('warranty-badge').waitFor();
    await screenshot(agent, 'work-orders-detail-new');

    // The order is in the list, on the open tab, with its status colour.
    await agent.getByTestId('nav-work-orders').click();
    await agent.getByTestId(`wo-row-${number}`).waitFor();
    await screenshot(agent, 'work-orders-list');

    // Planning: the planner schedules it.
    const planner = await signIn(e2e, 'planlama@demo.usta');
    await openOrder(planner, id);
    await move(planner, 'to_plan');

    // The planner assigns the technician (names from /work-orders/assignees).
    await planner.getByTestId('wo-assign-select').click();
    await planner.getByRole('option', { name: 'Hasan Çelik' }).click();
    await planner.keyboard.press('Escape');
    await planner.getByTestId('wo-assign-save').click();
    await planner.getByTestId('wo-assigned').getByText('Hasan Çelik').waitFor();
    await move(planner, 'assigned');

    // The technician goes, finds the fault, records the work, the time and the customer's approval.
    const technician = await signIn(e2e, 'teknisyen1@demo.usta');
    await openOrder(technician, id);
    await move(technician, 'en_route');
    await move(technician, 'on_site');
    await technician
      .getByTestId('wo-field-diagnosis')
      .fill('Boşaltma pompası pervanesi kırık; filtrede yabancı cisim.');
    await technician
      .getByTestId('wo-field-workDone')
      .fill('Pompa değiştirildi, filtre temizlendi, boşaltma testi yapıldı.');
    await technician.getByTestId('wo-save').click();
    await technician.getByTestId('wo-activity-edit').waitFor();
    await technician.getByTestId('wo-note-kind').getByText('İş süresi').click();
    await technician.getByTestId('wo-note-input').fill('Pompa değişimi ve test');
    await technician.getByTestId('wo-note-submit').click();
    await technician.getByTestId('wo-activity-time_entry').waitFor();
    await move(technician, 'awaiting_approval');
    await technician.getByTestId('wo-approval-open').click();
    await technician.getByTestId('wo-approval-by').fill('Gülşen Öztürk');
    await technician.getByTestId('wo-approval-submit').click();
    await technician.getByTestId('wo-approval-given').waitFor();
    await move(technician, 'final_check');
    await screenshot(technician, 'work-orders-detail-technician');
    // Closing is the final-check officer's: the technician is not offered it.
    await expect(technician.getByTestId('wo-transition-closed').count()).resolves.toBe(0);

    // Son kontrol: the manager closes it.
    const manager = await signIn(e2e, 'yonetici@demo.usta');
    await openOrder(manager, id);
    await move(manager, 'closed');
    await manager.getByTestId('wo-details-readonly').waitFor();
    await screenshot(manager, 'work-orders-detail-closed');

    // The printable service form: fetched with the token and opened in a new tab as a blob. The
    // blob cannot be read back from the page (the CSP's connect-src), so the same document is
    // fetched once more with the manager's token to check its text, Turkish letters included.
    const [pdf, popup] = await Promise.all([
      manager.waitForResponse((response) => response.url().endsWith('/service-form.pdf')),
      manager.waitForEvent('popup'),
      manager.getByTestId('wo-pdf').click(),
    ]);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    await popup.waitForURL(/^blob:/);
    const { accessToken } = await e2e.usta.login('yonetici@demo.usta');
    const download = await fetch(`${e2e.usta.baseUrl}/api/v1/work-orders/${id}/service-form.pdf`, {
      headers: { Authorization: `Bearer ${accessToken}` },
    });
    expect(download.status).toBe(200);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'usta-pdf-')), 'service-form.pdf');
    writeFileSync(file, Buffer.from(await download.arrayBuffer()));
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    expect(text).toContain(number);
    expect(text).toContain('Gülşen Öztürk');
    expect(text).toContain('Çamaşır makinesi suyu boşaltmıyor');
    expect(text).toContain('Boşaltma pompası pervanesi kırık');
    expect(text).toContain('Şehitler Bulvarı');

    // The device page shows the order in its service history.
    await manager.getByTestId('wo-device').getByText('Arçelik 9120 PM').click();
    await manager.getByTestId(`device-history-row-${number}`).waitFor();
    await expect(manager.getByTestId('device-serial').textContent()).resolves.toBe('ARC-2026-0042');
    await screenshot(manager, 'work-orders-device-history');
  });
});
