import type { StockLevel } from '@usta/contracts/stock';
import { useState } from 'react';
import { db, getStock } from '../db.ts';
import { t } from '../i18n.ts';
import { useLive } from '../live.ts';
import { type LocalJob, vanLeft } from '../sync/local.ts';
import { enqueue } from '../sync/queue.ts';
import { Icon } from './Icon.tsx';

export function PartsTab({ job }: { job: LocalJob }) {
  const data = useLive(async () => {
    const stock = await getStock();
    const queue = await db.queue.toArray();
    const levels = stock?.levels.filter((l) => l.warehouseId === stock.vanWarehouse?.id) ?? [];
    return { stock, levels, left: vanLeft(levels, queue) };
  });
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<StockLevel | null>(null);

  const q = query.trim().toLocaleLowerCase('tr');
  const levels = (data?.levels ?? []).filter(
    (l) =>
      !q || l.itemName.toLocaleLowerCase('tr').includes(q) || l.itemCode.toLocaleLowerCase('tr').includes(q),
  );

  return (
    <>
      <div className="section-title">{t('parts.used')}</div>
      <div className="card" data-testid="parts-used">
        {job.parts.length === 0 ? (
          <div className="muted">{t('parts.none')}</div>
        ) : (
          <ul className="list">
            {job.parts.map((p) => (
              <li key={p.key} className="row spread" data-testid="part-used">
                <span className="grow">
                  {p.name} × {p.quantity}
                  {p.serialNumber && <div className="muted">S/N {p.serialNumber}</div>}
                </span>
                {p.pending && <span className="pill pending">{t('common.waiting')}</span>}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="section-title">{t('parts.van')}</div>
      {data && !data.stock?.vanWarehouse && <p className="muted">{t('parts.noVan')}</p>}
      {picked ? (
        <PartForm
          level={picked}
          job={job}
          left={data?.left.get(picked.itemId) ?? 0}
          onDone={() => setPicked(null)}
        />
      ) : (
        <>
          <input
            className="input"
            placeholder={t('parts.search')}
            value={query}
            data-testid="parts-search"
            onChange={(e) => setQuery(e.target.value)}
          />
          <ul className="list card" style={{ marginTop: 8 }}>
            {levels.map((l) => (
              <li key={l.itemId}>
                <button
                  type="button"
                  className="tap"
                  style={{ width: '100%', border: 0, background: 'none', textAlign: 'left' }}
                  data-testid={`van-${l.itemCode}`}
                  onClick={() => setPicked(l)}
                >
                  <span className="grow">
                    {l.itemName}
                    <div className="muted">
                      {l.itemCode} · {t('parts.left', { qty: data?.left.get(l.itemId) ?? l.quantity })}
                    </div>
                  </span>
                  <Icon name="plus" />
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function PartForm({
  level,
  job,
  left,
  onDone,
}: {
  level: StockLevel;
  job: LocalJob;
  left: number;
  onDone: () => void;
}) {
  const [quantity, setQuantity] = useState('1');
  const [serial, setSerial] = useState(level.serialNumbers[0] ?? '');
  const amount = Number.parseFloat(quantity.replace(',', '.'));
  const valid = Number.isFinite(amount) && amount > 0 && (!level.serialTracked || serial.trim() !== '');

  const add = async () => {
    await enqueue(
      job.order,
      'use_part',
      {
        itemId: level.itemId,
        quantity: level.serialTracked ? 1 : amount,
        ...(level.serialTracked ? { serialNumber: serial.trim() } : {}),
      },
      { label: level.itemName },
    );
    onDone();
  };

  return (
    <div className="card" data-testid="part-form">
      <strong>{level.itemName}</strong>
      <div className="muted">
        {level.itemCode} · {t('parts.left', { qty: left })}
      </div>
      {level.serialTracked ? (
        <label className="field">
          {t('parts.serial')}
          <input
            list="serials"
            data-testid="part-serial"
            value={serial}
            onChange={(e) => setSerial(e.target.value)}
          />
          <datalist id="serials">
            {level.serialNumbers.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
        </label>
      ) : (
        <label className="field">
          {t('parts.quantity')}
          <input
            inputMode="decimal"
            data-testid="part-quantity"
            value={quantity}
            onChange={(e) => setQuantity(e.target.value)}
          />
        </label>
      )}
      <div className="row">
        <button type="button" className="btn secondary grow" onClick={onDone}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="btn grow"
          disabled={!valid}
          data-testid="part-add"
          onClick={() => void add()}
        >
          {t('parts.add')}
        </button>
      </div>
    </div>
  );
}
