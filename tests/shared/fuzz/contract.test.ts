import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { contract } from '../../../shared/ipc/contract'
import { SEED } from './arbitraries'

// Every channel's input schema is the only thing between a compromised renderer and a
// service: it must answer any value without throwing, and where it is strict it must refuse
// any key it does not know (a smuggled `path` is how a path check gets bypassed).

/** Values the schema accepts, built from the schema itself; undefined for a kind this does not know. */
function validInputs(schema: z.ZodType): fc.Arbitrary<unknown> | undefined {
  if (schema instanceof z.ZodUndefined) return fc.constant(undefined)
  if (schema instanceof z.ZodBoolean) return fc.boolean()
  if (schema instanceof z.ZodEnum) return fc.constantFrom(...schema.options)
  if (schema instanceof z.ZodLiteral) return fc.constantFrom(...schema.values)
  if (schema instanceof z.ZodNumber) return fc.integer({ min: Math.max(schema.minValue ?? 0, 0), max: Math.min(schema.maxValue ?? 1_000_000, 1_000_000) })
  if (schema instanceof z.ZodOptional) {
    const inner = validInputs(schema.unwrap() as z.ZodType)
    return inner && fc.option(inner, { nil: undefined })
  }
  if (schema instanceof z.ZodDefault) {
    const inner = validInputs(schema.unwrap() as z.ZodType)
    return inner && fc.option(inner, { nil: undefined })
  }
  if (schema instanceof z.ZodNullable) {
    const inner = validInputs(schema.unwrap() as z.ZodType)
    return inner && fc.option(inner, { nil: null })
  }
  if (schema instanceof z.ZodArray) {
    const inner = validInputs(schema.element as z.ZodType)
    return inner && fc.array(inner, { maxLength: 3 })
  }
  if (schema instanceof z.ZodUnion) {
    const options = (schema.options as z.ZodType[]).map(validInputs)
    return options.every(Boolean) ? fc.oneof(...(options as fc.Arbitrary<unknown>[])) : undefined
  }
  if (schema instanceof z.ZodUnknown) return fc.jsonValue()
  // a value read through a transform (CSL's text fields): what goes in is what is generated
  if (schema instanceof z.ZodPipe) return validInputs(schema.in as z.ZodType)
  if (schema instanceof z.ZodRecord) {
    const values = validInputs(schema.valueType as z.ZodType)
    return values && fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), values, { maxKeys: 3 })
  }
  // z.instanceof(Uint8Array): a dropped file's bytes
  if (schema instanceof z.ZodCustom && schema.safeParse(new Uint8Array(1)).success) return fc.uint8Array({ maxLength: 64 })
  if ((schema as z.ZodType & { def: { format?: string } }).def.format === 'datetime') return fc.date({ min: new Date(2000, 0, 1), max: new Date(2100, 0, 1), noInvalidDate: true }).map((date) => date.toISOString())
  if (schema instanceof z.ZodString) return stringsFor(schema)
  if (schema instanceof z.ZodObject) {
    const fields = Object.entries(schema.shape as Record<string, z.ZodType>).map(([key, field]) => [key, validInputs(field)] as const)
    if (fields.some(([, field]) => field === undefined)) return undefined
    return fc.record(Object.fromEntries(fields) as Record<string, fc.Arbitrary<unknown>>, { requiredKeys: fields.filter(([key]) => !(schema.shape[key] instanceof z.ZodOptional || schema.shape[key] instanceof z.ZodDefault)).map(([key]) => key) })
  }
  return undefined
}

function stringsFor(schema: z.ZodString): fc.Arbitrary<string> {
  const pattern = schema.def.checks
    ?.map((check) => check._zod.def)
    .map((def) => ('pattern' in def && def.pattern instanceof RegExp ? def.pattern : undefined))
    .find(Boolean)
  if (pattern) return fc.stringMatching(pattern)
  return fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 64, 64) })
}

function isStrictObject(schema: z.ZodType): schema is z.ZodObject {
  return schema instanceof z.ZodObject && schema.def.catchall instanceof z.ZodNever
}

const channels = Object.entries(contract).map(([name, entry]) => [name, entry.input as z.ZodType] as const)
const options = { seed: SEED, numRuns: 300 }

describe('IPC input schemas (fast-check)', () => {
  it('can generate valid input for every channel (keep this test in step with the contract)', () => {
    const unknown = channels.filter(([, schema]) => !validInputs(schema)).map(([name]) => name)
    expect(unknown).toEqual([])
  })

  it.each(channels)('%s answers any value without throwing, and accepts only what fits', (_name, schema) => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 3, withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true }), (junk) => {
        const result = schema.safeParse(junk)
        if (!result.success) return true
        if (schema instanceof z.ZodUndefined) return junk === undefined
        if (isStrictObject(schema)) return Object.keys(junk as object).every((key) => Object.hasOwn(schema.shape, key))
        return true
      }),
      options,
    )
  })

  it.each(channels)('%s accepts the inputs its schema describes', (_name, schema) => {
    const valid = validInputs(schema)!
    fc.assert(
      fc.property(valid, (value) => schema.safeParse(value).success),
      options,
    )
  })

  it.each(channels.filter(([, schema]) => isStrictObject(schema)))('%s refuses valid input with any extra key', (_name, schema) => {
    const shape = (schema as z.ZodObject).shape
    const extraKey = fc.oneof(fc.constantFrom('path', 'extra', '__proto__', 'constructor', 'toString', 'hash '), fc.string({ minLength: 1, maxLength: 12 })).filter((key) => !Object.hasOwn(shape, key))
    fc.assert(
      fc.property(validInputs(schema)!, extraKey, fc.jsonValue(), (value, key, extra) => !schema.safeParse({ ...(value as object), [key]: extra }).success),
      options,
    )
  })

  it('rejects every non-undefined value for channels that take no input', () => {
    const noInput = channels.filter(([, schema]) => schema instanceof z.ZodUndefined)
    expect(noInput.length).toBeGreaterThan(0)
    for (const [name, schema] of noInput) {
      for (const value of [null, 0, '', {}, [], false, Number.NaN]) expect(schema.safeParse(value).success, `${name} accepted ${String(value)}`).toBe(false)
    }
  })
})
