import { Button, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { Contact, Customer } from '@usta/contracts/customers';
import { useTranslation } from 'react-i18next';
import { formatPhone } from '../work-orders/format.ts';

/** Tax identity, phones, e-mails, addresses and contacts (yetkili kişiler) of a customer. */
interface CustomerInfoCardProps {
  customer: Customer;
  contacts: Contact[];
  /** Offered to roles that may edit customers. */
  onAddContact?: (() => void) | undefined;
}

export function CustomerInfoCard({ customer, contacts, onAddContact }: CustomerInfoCardProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" data-testid="customer-info">
      <Stack gap={6}>
        <Title order={5}>{t('customers.detail.identity')}</Title>
        <Text fz="sm">
          {t('customers.columns.taxNumber')}: {customer.taxNumber ?? '—'}
          {customer.taxOffice ? ` · ${customer.taxOffice}` : ''}
        </Text>
        <Divider my={4} />
        <Title order={5}>{t('customers.detail.phones')}</Title>
        {customer.phones.length === 0 && (
          <Text fz="sm" c="dimmed">
            —
          </Text>
        )}
        {customer.phones.map((phone) => (
          <Text key={phone.number} fz="sm">
            {formatPhone(phone.number)}
            {phone.label ? ` (${phone.label})` : ''}
          </Text>
        ))}
        {customer.emails.map((email) => (
          <Text key={email} fz="sm">
            {email}
          </Text>
        ))}
        <Divider my={4} />
        <Title order={5}>{t('customers.detail.addresses')}</Title>
        {customer.addresses.length === 0 && (
          <Text fz="sm" c="dimmed">
            —
          </Text>
        )}
        {customer.addresses.map((address) => (
          <Text key={address.id} fz="sm" fw={address.isDefault ? 500 : 400}>
            {address.label ? `${address.label}: ` : ''}
            {[
              address.line,
              address.neighbourhood,
              `${address.district}/${address.province}`,
              address.postalCode,
            ]
              .filter(Boolean)
              .join(', ')}
          </Text>
        ))}
        <Divider my={4} />
        <Group justify="space-between">
          <Title order={5}>{t('customers.detail.contacts')}</Title>
          {onAddContact && (
            <Button
              size="compact-xs"
              variant="subtle"
              leftSection={<IconPlus size={12} />}
              onClick={onAddContact}
              data-testid="customer-add-contact"
            >
              {t('customers.contact.add')}
            </Button>
          )}
        </Group>
        {contacts.length === 0 && (
          <Text fz="sm" c="dimmed">
            —
          </Text>
        )}
        {contacts.map((contact) => (
          <div key={contact.id}>
            <Text fz="sm" fw={500}>
              {contact.name}
              {contact.title ? ` · ${contact.title}` : ''}
            </Text>
            <Text fz="xs" c="dimmed">
              {[contact.phone && formatPhone(contact.phone), contact.email].filter(Boolean).join(' · ')}
            </Text>
          </div>
        ))}
      </Stack>
    </Paper>
  );
}
