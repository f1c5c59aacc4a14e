import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface StatusLike {
  code: string;
  nameTr: string;
  nameEn: string;
  colour: string;
}

/** The company's status in its own colour and name (seed 002: every status has a colour). */
export function StatusBadge({ status, ...props }: { status: StatusLike } & BadgeProps) {
  const { i18n } = useTranslation();
  return (
    <Badge color={status.colour} variant="filled" data-status={status.code} {...props}>
      {statusName(status, i18n.resolvedLanguage)}
    </Badge>
  );
}

export function statusName(
  status: Pick<StatusLike, 'nameTr' | 'nameEn'>,
  locale: string | undefined,
): string {
  return locale === 'en' ? status.nameEn : status.nameTr;
}
