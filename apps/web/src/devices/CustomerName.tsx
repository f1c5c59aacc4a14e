import { Text } from '@mantine/core';
import { useCustomer } from '../customers/use-customers.ts';
import { AnchorLink } from '../work-orders/AnchorLink.tsx';

/** A device card names only its customer's id; the name comes from the (cached) customer. */
export function CustomerName({ id }: { id: string }) {
  const customer = useCustomer(id);
  if (!customer.data)
    return (
      <Text fz="sm" c="dimmed">
        …
      </Text>
    );
  return (
    <AnchorLink
      to="/customers/$customerId"
      params={{ customerId: id }}
      fz="sm"
      onClick={(event) => event.stopPropagation()}
    >
      {customer.data.name}
    </AnchorLink>
  );
}
