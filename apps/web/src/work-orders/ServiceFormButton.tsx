import { Button } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchServiceForm } from '../api/work-orders-api.ts';
import { notifyError } from '../app/notify.tsx';

/**
 * The printable service form. The tab is opened inside the click (so no pop-up blocker stops
 * it), then pointed at the PDF once it has been fetched with the bearer token.
 */
export function ServiceFormButton({ orderId, number }: { orderId: string; number: string }) {
  const { t, i18n } = useTranslation();
  const [loading, setLoading] = useState(false);

  async function open() {
    const tab = window.open('', '_blank');
    setLoading(true);
    try {
      const blob = await fetchServiceForm(orderId, i18n.resolvedLanguage ?? 'tr');
      const url = URL.createObjectURL(new File([blob], `${number}.pdf`, { type: 'application/pdf' }));
      if (tab) tab.location.href = url;
      else window.location.assign(url);
      // The tab has loaded it by then; the URL would otherwise live as long as this page.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (error) {
      tab?.close();
      notifyError(error);
    } finally {
      setLoading(false);
    }
  }

  return (
    <Button
      variant="default"
      leftSection={<IconPrinter size={16} />}
      loading={loading}
      onClick={() => void open()}
      data-testid="wo-pdf"
    >
      {t('workOrders.detail.serviceForm')}
    </Button>
  );
}
