import { initTRPC } from '@trpc/server';
import { ZodError } from 'zod';
import { AppError, type AppErrorParams, keyForTrpcCode } from '../errors.ts';
import type { RequestContext } from './context.ts';
import { type FieldError, fieldErrorsFromZod } from './validation.ts';

export interface AppErrorData {
  appError: { key: string; params?: AppErrorParams };
  fieldErrors?: Record<string, FieldError>;
}

/**
 * The one place errors are shaped for clients: a translation key, field errors for bad
 * input, and never a stack trace or an internal message.
 */
const t = initTRPC.context<RequestContext>().create({
  isDev: false,
  errorFormatter({ shape, error }) {
    let data: AppErrorData;
    if (error.cause instanceof ZodError) {
      data = {
        appError: { key: 'validation.invalid_input' },
        fieldErrors: fieldErrorsFromZod(error.cause),
      };
    } else if (error instanceof AppError) {
      data = {
        appError: error.params ? { key: error.key, params: error.params } : { key: error.key },
      };
    } else {
      data = { appError: { key: keyForTrpcCode(error.code) } };
    }
    return {
      code: shape.code,
      message: data.appError.key,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        ...data,
      },
    };
  },
});

export const router = t.router;
export const middleware = t.middleware;
export const baseProcedure = t.procedure;
export const createCallerFactory = t.createCallerFactory;
