import type { FlattenedField, Payload, Where } from 'payload'

import { validOperatorSet } from 'payload/shared'

import { expected, InputRefused, messages } from './errors'
import { resolvePath, type Target } from './fields'
import { hasNumericIDs, isBooleanLike, isDate, isFiniteNumber, isSerialID } from './values'

const TEXT = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'like',
  'not_like',
  'contains',
  'exists',
]
const ORDERED = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'exists',
]
const REFERENCE = ['equals', 'not_equals', 'in', 'not_in', 'all', 'exists']

/**
 * Operators each field type can answer. PostgreSQL cannot run `near` on text or `contains` on a
 * timestamp; Payload passes both through and the database fails with a 500.
 */
const OPERATORS: Record<string, Set<string>> = {
  id: new Set(ORDERED),
  text: new Set(TEXT),
  textarea: new Set(TEXT),
  email: new Set(TEXT),
  code: new Set(TEXT),
  richText: new Set(TEXT),
  select: new Set(REFERENCE),
  radio: new Set(REFERENCE),
  number: new Set(ORDERED),
  date: new Set(ORDERED),
  checkbox: new Set(['equals', 'not_equals', 'exists']),
  relationship: new Set(REFERENCE),
  upload: new Set(REFERENCE),
}

const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])

export type WhereLimits = { maxDepth: number; maxConditions: number }

type Scope = { payload: Payload; fields: FlattenedField[]; slug: string; limits: WhereLimits }

/** Refuses, with a 400 naming the path, any condition the database could only fail on. */
export function checkWhere(where: unknown, scope: Scope): void {
  let conditions = 0
  const walk = (node: unknown, depth: number): void => {
    if (!node || typeof node !== 'object') return
    for (const [key, value] of Object.entries(node)) {
      const lower = key.toLowerCase()
      if (lower === 'and' || lower === 'or') {
        if (depth + 1 > scope.limits.maxDepth)
          throw new InputRefused(messages.whereTooDeep(scope.limits.maxDepth))
        const children = Array.isArray(value)
          ? value
          : value && typeof value === 'object'
            ? Object.values(value)
            : []
        for (const child of children) walk(child, depth + 1)
        continue
      }
      conditions++
      if (conditions > scope.limits.maxConditions)
        throw new InputRefused(messages.whereTooLarge(scope.limits.maxConditions))
      if (!value || typeof value !== 'object' || Array.isArray(value)) continue
      for (const [operator, operand] of Object.entries(value as Record<string, unknown>))
        checkCondition(key, operator, operand, scope)
    }
  }
  walk(where as Where, 0)
}

function typeOf(target: Target): string {
  return target.kind === 'id' ? 'id' : target.field.type
}

function checkCondition(path: string, operator: string, operand: unknown, scope: Scope): void {
  const target = resolvePath(scope.fields, path, scope.payload.config, scope.slug)
  if (!target) return
  const type = typeOf(target)
  const allowed = OPERATORS[type]
  if (!allowed) return
  if (!validOperatorSet.has(operator as never)) return // unknown operators: Payload refuses them itself
  if (!allowed.has(operator)) throw new InputRefused(messages.operatorNotFor(path, operator, type))
  if (operator === 'exists') {
    if (!isBooleanLike(operand))
      throw new InputRefused(messages.badValue(`${path}.exists`, operand, expected.boolean))
    return
  }
  const values = LIST_OPERATORS.has(operator)
    ? Array.isArray(operand)
      ? operand
      : typeof operand === 'string'
        ? operand.split(',')
        : [operand]
    : [operand]
  for (const value of values) {
    if (value === null || value === 'null') continue
    const problem = valueProblem(target, value, scope)
    if (problem) throw new InputRefused(messages.badValue(path, value, problem))
  }
}

/** What the value should have been, or undefined when it is fine. */
function valueProblem(target: Target, value: unknown, scope: Scope) {
  if (target.kind === 'id')
    return hasNumericIDs(scope.payload, target.collection) && !isSerialID(value)
      ? expected.id
      : undefined
  const { field } = target
  switch (field.type) {
    case 'number':
      return isFiniteNumber(value) ? undefined : expected.number
    case 'date':
      return isDate(value) ? undefined : expected.date
    case 'checkbox':
      return isBooleanLike(value) ? undefined : expected.boolean
    case 'select':
    case 'radio': {
      const options = field.options.map((option) =>
        typeof option === 'string' ? option : option.value,
      )
      return options.includes(String(value)) ? undefined : expected.oneOf(options)
    }
    case 'relationship':
    case 'upload':
      if (typeof field.relationTo !== 'string') return undefined
      return hasNumericIDs(scope.payload, field.relationTo) && !isSerialID(value)
        ? expected.id
        : undefined
    default:
      return undefined
  }
}
