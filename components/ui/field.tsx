import type { ComponentProps, ReactNode } from "react";
import { cx } from "./cx";

interface FieldProps {
  /** The control's id; hint and error ids derive from it. */
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | string[];
}

function firstError(error: FieldProps["error"]): string | undefined {
  return Array.isArray(error) ? error[0] : error;
}

/** Ids for aria-describedby: the hint and error are read out with the control. */
function describedBy(id: string, hint: ReactNode, error: string | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

const controlBase =
  "block w-full rounded-md border-2 bg-white px-3 py-2 text-base text-ink placeholder:text-stone-500 min-h-11";

function controlClasses(hasError: boolean, className?: string) {
  return cx(controlBase, hasError ? "border-red-700" : "border-stone-500", className);
}

function FieldShell({
  id,
  label,
  hint,
  error,
  children,
}: FieldProps & { children: ReactNode }) {
  const message = firstError(error);
  return (
    <div className="mb-5">
      <label htmlFor={id} className="mb-1 block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="mb-1 text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <p id={`${id}-error`} aria-live="polite" className={cx("text-sm font-semibold text-red-700", message ? "mb-1" : "sr-only")}>
        {message ? <span><span className="sr-only">Error: </span>{message}</span> : null}
      </p>
      {children}
    </div>
  );
}

type InputProps = FieldProps & Omit<ComponentProps<"input">, "id">;

export function TextField({ id, label, hint, error, className, ...input }: InputProps) {
  const message = firstError(error);
  return (
    <FieldShell id={id} label={label} hint={hint} error={message}>
      <input
        id={id}
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy(id, hint, message)}
        className={controlClasses(Boolean(message), className)}
        {...input}
      />
    </FieldShell>
  );
}

type TextAreaProps = FieldProps & Omit<ComponentProps<"textarea">, "id">;

export function TextArea({ id, label, hint, error, className, rows = 5, ...textarea }: TextAreaProps) {
  const message = firstError(error);
  return (
    <FieldShell id={id} label={label} hint={hint} error={message}>
      <textarea
        id={id}
        rows={rows}
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy(id, hint, message)}
        className={controlClasses(Boolean(message), className)}
        {...textarea}
      />
    </FieldShell>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

type SelectProps = FieldProps &
  Omit<ComponentProps<"select">, "id"> & {
    options: readonly SelectOption[];
    /** A first, empty choice such as "Choose a neighbourhood". */
    placeholder?: string;
  };

export function Select({ id, label, hint, error, className, options, placeholder, ...select }: SelectProps) {
  const message = firstError(error);
  return (
    <FieldShell id={id} label={label} hint={hint} error={message}>
      <select
        id={id}
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy(id, hint, message)}
        className={controlClasses(Boolean(message), className)}
        {...select}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

type CheckboxProps = FieldProps & Omit<ComponentProps<"input">, "id" | "type">;

export function Checkbox({ id, label, hint, error, className, ...input }: CheckboxProps) {
  const message = firstError(error);
  return (
    <div className={cx("mb-5", className)}>
      {message ? (
        <p id={`${id}-error`} className="mb-1 text-sm font-semibold text-red-700">
          <span className="sr-only">Error: </span>
          {message}
        </p>
      ) : null}
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          aria-invalid={message ? true : undefined}
          aria-describedby={describedBy(id, hint, message)}
          className="mt-0.5 h-6 w-6 shrink-0 accent-brand-600"
          {...input}
        />
        <div>
          <label htmlFor={id} className="font-semibold">
            {label}
          </label>
          {hint ? (
            <p id={`${id}-hint`} className="text-sm text-muted">
              {hint}
            </p>
          ) : null}
        </div>
      </div>
    </div>
  );
}
