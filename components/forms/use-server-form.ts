"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState, type FormEvent } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from "react-hook-form";
import type { z } from "zod";
import type { FormState } from "@/lib/forms/action-result";

type ServerAction = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * A form that posts to a server action: without JavaScript it is a plain HTML form; with
 * JavaScript react-hook-form checks the same zod schema first and shows errors at once.
 * Errors from the server land on the same fields, and typed values are never lost.
 */
export function useServerForm<Values extends FieldValues>({
  schema,
  action,
  defaultValues,
}: {
  schema: z.ZodType<unknown, Values>;
  action: ServerAction;
  defaultValues: Values;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const initialValues = { ...defaultValues, ...failed?.values } as DefaultValues<Values>;
  const form = useForm<Values>({
    resolver: zodResolver(schema as never) as unknown as Resolver<Values>,
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
    formProps: { action: formAction, onSubmit, noValidate: true },
  };
}
