"use client";

import { startTransition, useActionState, useRef, type FormEvent } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from "react-hook-form";
import type { z } from "zod";
import type { FormState } from "@/lib/platform/forms/action-result";

type ServerAction = (state: FormState, formData: FormData) => Promise<FormState>;

/** The shared zod schema of a form, loaded when needed: `() => import("…/schema").then((m) => m.x)`. */
export type SchemaLoader<Values> = () => Promise<z.ZodType<unknown, Values>>;

/**
 * A form that posts to a server action: without JavaScript it is a plain HTML form; with
 * JavaScript react-hook-form checks the same zod schema first and shows errors at once.
 * Errors from the server land on the same fields, and typed values are never lost.
 *
 * zod is most of a form page's JavaScript, so the schema is not in the page's first load: it is
 * fetched when the form first gets focus, and a check waits for it. Should it fail to load
 * (offline), the form simply posts: the server checks everything again anyway and answers with
 * the same Dutch messages.
 */
export function useServerForm<Values extends FieldValues>({
  schema,
  action,
  defaultValues,
}: {
  schema: SchemaLoader<Values>;
  action: ServerAction;
  defaultValues: Values;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const initialValues = { ...defaultValues, ...failed?.values } as DefaultValues<Values>;
  const resolver = useRef<Promise<Resolver<Values> | null> | null>(null);
  const loadSchema = () => {
    resolver.current ??= Promise.all([schema(), import("@hookform/resolvers/zod")]).then(
      ([loaded, { zodResolver }]) => zodResolver(loaded as never) as unknown as Resolver<Values>,
      // Offline or a failed download: the server still checks; try again at the next focus.
      () => (resolver.current = null),
    );
    return resolver.current;
  };
  const form = useForm<Values>({
    // A check that comes before the schema has arrived waits for it (it is fetched on focus).
    resolver: async (values, context, options) => {
      const loaded = await loadSchema();
      return loaded ? loaded(values, context, options) : { values, errors: {} };
    },
    defaultValues: initialValues,
    mode: "onTouched",
  });

  /**
   * register() plus the value as defaultValue in the HTML itself: without JavaScript that is what
   * puts the typed text back into the field after the server answered with an error.
   */
  const field = (name: Path<Values>) => ({
    ...form.register(name),
    defaultValue: (initialValues as Record<string, unknown>)[name] as string | undefined,
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const formElement = event.currentTarget;
    // The clicked button's name and value (e.g. "save as concept" or "submit") are part of the post.
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    return form.handleSubmit(() => {
      startTransition(() => formAction(new FormData(formElement, submitter)));
    })(event);
  };

  /** The client error of a field, else the one the server returned with the last answer. */
  const errorOf = (name: string): string | undefined => {
    const clientError = (form.formState.errors as Record<string, { message?: string } | undefined>)[name];
    return clientError?.message ?? failed?.fieldErrors[name]?.[0];
  };

  return {
    form,
    field,
    state,
    pending,
    errorOf,
    formProps: { action: formAction, onSubmit, onFocus: loadSchema, noValidate: true },
  };
}
