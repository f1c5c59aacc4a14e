import type { FieldError, Locale } from '@usta/contracts/common';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorCode, type MessageParams } from './errors.ts';
import { requestLocale } from './locale.ts';
import { errorMessage, errorTitle, fieldMessage } from './messages.ts';

const PROBLEM_TYPE_BASE = 'https://usta.dev/problems/';

/** Fastify's own request errors, mapped onto our catalogue. */
const FASTIFY_CODES: Record<string, { code: ErrorCode; params: (e: FastifyError) => MessageParams }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'MALFORMED_REQUEST', params: () => ({ reason: 'JSON' }) },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'MALFORMED_REQUEST', params: () => ({ reason: 'empty JSON body' }) },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'PAYLOAD_TOO_LARGE', params: () => ({ limit: '1 MB' }) },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'UNSUPPORTED_MEDIA_TYPE', params: () => ({ contentType: '?' }) },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    code: 'MALFORMED_REQUEST',
    params: () => ({ reason: 'Content-Length' }),
  },
};

export function registerProblemHandlers(app: FastifyInstance, options: { singlePageApp: boolean }): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const locale = requestLocale(request);
    if (error instanceof AppError) return sendProblem(reply, request, locale, error);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fieldErrors = error.validation.flatMap((v) => toFieldErrors(v, locale));
      return sendProblem(reply, request, locale, new AppError('VALIDATION_FAILED'), fieldErrors);
    }
    const known = error.code ? FASTIFY_CODES[error.code] : undefined;
    if (known) {
      const params = known.params(error);
      if (known.code === 'UNSUPPORTED_MEDIA_TYPE')
        params.contentType = String(request.headers['content-type'] ?? '');
      return sendProblem(reply, request, locale, new AppError(known.code, params));
    }
    if (error.statusCode === 429) {
      const seconds = Number(reply.getHeader('retry-after') ?? 60);
      return sendProblem(reply, request, locale, new AppError('RATE_LIMITED', { seconds }));
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      request.log.info({ err: error }, 'client error');
      return sendProblem(
        reply,
        request,
        locale,
        new AppError('MALFORMED_REQUEST', { reason: error.code ?? '' }),
      );
    }
    // 5xx: log everything, send nothing of it.
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, request, locale, new AppError('INTERNAL', { requestId: request.id }));
  });

  app.setNotFoundHandler((request, reply) => {
    // The back office is a single-page app: unknown non-API paths load it and it routes itself.
    // Only page paths; a missing asset (an old /assets/x.js after a rebuild) is a real 404.
    const pathname = request.url.split('?')[0] ?? '';
    const looksLikeFile = /\.[a-z0-9]+$/i.test(pathname.slice(pathname.lastIndexOf('/')));
    if (
      options.singlePageApp &&
      request.method === 'GET' &&
      !pathname.startsWith('/api/') &&
      !looksLikeFile
    ) {
      return reply.type('text/html; charset=utf-8').sendFile('index.html');
    }
    const locale = requestLocale(request);
    return sendProblem(
      reply,
      request,
      locale,
      new AppError('NOT_FOUND', { entity: request.url.split('?')[0]! }),
    );
  });
}

export function sendProblem(
  reply: FastifyReply,
  request: FastifyRequest,
  locale: Locale,
  error: AppError,
  fieldErrors: FieldError[] = [],
) {
  const errors = [
    ...fieldErrors,
    ...error.fieldErrors.map((f) => ({ ...f, message: fieldMessage(f.code, locale) })),
  ];
  const body = {
    type: `${PROBLEM_TYPE_BASE}${error.code.toLowerCase().replaceAll('_', '-')}`,
    title: errorTitle(error.code, locale),
    status: error.status,
    code: error.code,
    detail: errorMessage(error.code, locale, error.params),
    instance: request.url,
    requestId: String(request.id),
    ...(errors.length > 0 ? { errors } : {}),
    ...error.extensions,
  };
  if (error.status === 401) reply.header('www-authenticate', 'Bearer');
  return reply
    .status(error.status)
    .type('application/problem+json; charset=utf-8')
    .serializer(JSON.stringify)
    .send(body);
}

interface ValidationItem {
  keyword: string;
  instancePath: string;
  message?: string;
  params: Record<string, unknown>;
}

function toFieldErrors(item: ValidationItem, locale: Locale): FieldError[] {
  const base = item.instancePath.split('/').filter(Boolean).join('.');
  if (item.keyword === 'unrecognized_keys') {
    const keys = (item.params.keys as string[] | undefined) ?? [];
    return keys.map((key) => ({
      path: base ? `${base}.${key}` : key,
      code: 'unrecognized_key',
      message: fieldMessage('unrecognized_key', locale),
    }));
  }
  const code = fieldCode(item);
  const params: MessageParams = {};
  for (const [key, value] of Object.entries(item.params)) {
    if (typeof value === 'string' || typeof value === 'number') params[key] = value;
    else if (Array.isArray(value)) params[key] = value.join(', ');
  }
  return [{ path: base, code, message: fieldMessage(code, locale, params) }];
}

const OUR_CODE = /^[a-z][a-z0-9_]*$/;

function fieldCode(item: ValidationItem): string {
  // Our schemas put a stable code in `message` (e.g. 'invalid_vkn'); Zod's own messages are prose.
  if (item.message && OUR_CODE.test(item.message)) return item.message;
  if (item.keyword === 'invalid_type' && item.message?.includes('received undefined')) return 'required';
  return item.keyword;
}
