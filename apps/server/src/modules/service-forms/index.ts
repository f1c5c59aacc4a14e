// Public entry of the service-forms module: other modules import from here only.
export type { ServiceFormSection, ServiceFormTemplateContent } from '@usta/contracts/service-forms';
export { defaultServiceFormTemplate } from './default-template.ts';
export { loadServiceFormTemplate } from './load-service-form-template.ts';
export { renderServiceForm, type ServiceFormTemplate } from './render-service-form.ts';
export type { ServiceFormData, ServiceFormLabour, ServiceFormPart } from './service-form-data.ts';
