import type { Locale } from '@usta/contracts/common';
import { SERVICE_FORM_SECTIONS, type ServiceFormTemplateContent } from '@usta/contracts/service-forms';

const FOOTER: Record<Locale, string> = {
  tr:
    'Cihazınız teslim tarihinden itibaren 30 gün içinde teslim alınmadığında saklama ücreti uygulanabilir. ' +
    'Değiştirilen parçalar ve yapılan işçilik 6 ay süreyle servis garantisi kapsamındadır; kullanım hatası ' +
    've dış etkenler garanti dışıdır. KVKK: Kişisel verileriniz, 6698 sayılı Kişisel Verilerin Korunması Kanunu ' +
    'uyarınca yalnızca servis hizmetinin yürütülmesi ve yasal yükümlülükler için işlenir; haklarınız için bize ' +
    'başvurabilirsiniz.',
  en:
    'A storage fee may apply to devices not collected within 30 days of completion. Replaced parts and labour ' +
    'carry a 6-month service warranty; misuse and external causes are not covered. Personal data is processed ' +
    'under the Turkish Personal Data Protection Law (KVKK, No. 6698) only to provide the service and meet legal ' +
    'obligations; contact us to exercise your rights.',
};

/** The form a company prints until it edits its own. */
export function defaultServiceFormTemplate(locale: Locale = 'tr'): ServiceFormTemplateContent {
  return {
    locale,
    title: null,
    headerLines: [],
    logo: null,
    accentColour: '#1c4e80',
    sections: [...SERVICE_FORM_SECTIONS],
    emptyPartRows: 4,
    emptyLabourRows: 2,
    signatureCaptions: locale === 'tr' ? ['Teknisyen', 'Müşteri / Teslim alan'] : ['Technician', 'Customer'],
    footerText: FOOTER[locale],
  };
}
