import { Kind, visit, type DocumentNode, type FieldDefinitionNode, type ObjectTypeDefinitionNode } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

/**
 * Fields that can refuse the caller (FORBIDDEN, UNAUTHENTICATED, BAD_USER_INPUT) must be nullable. GraphQL
 * nulls the nearest nullable parent of a field that fails: a refused non-null root field nulls `data` (and
 * Hive Gateway then reports INTERNAL_SERVER_ERROR in place of the refusal), and a refused non-null field a
 * subgraph adds to `Region` nulls the whole entity in `_entities`, so every other subgraph's fields of that
 * region are lost with it. A refusal must cost the caller only the refused field.
 *
 * The rule, applied to every subgraph when its schema is built:
 * - every root field (`Query`, `Mutation`): each checks the caller or its input;
 * - every field guarded by `@Authorized`;
 * - every field a subgraph adds to an entity it references by key only (`Region` outside the registry): they
 *   answer for a region the caller names, so each checks the region against the caller's scope.
 * Fields that refuse in code without these marks declare `nullable: true` themselves.
 */

const ROOT_TYPES = new Set(['Query', 'Mutation']);

// type-graphql takes classes of any shape.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type ClassRef = Function;

/** `Type.field` names of the refusable fields declared by these resolver classes. */
export function refusableFieldNames(resolverClasses: readonly ClassRef[]): Set<string> {
  const storage = getMetadataStorage();
  const names = new Set<string>();
  const typeNameOf = (typeClass: ClassRef) => storage.objectTypes.find((type) => type.target === typeClass)?.name;
  const mine = new Set(resolverClasses);
  const fieldResolversByType = new Map<ClassRef, Set<string>>();
  for (const resolver of storage.fieldResolvers) {
    if (!mine.has(resolver.target)) continue;
    const typeClass = storage.resolverClasses.find((entry) => entry.target === resolver.target)?.getObjectType();
    if (!typeClass) continue;
    const fields = fieldResolversByType.get(typeClass) ?? new Set<string>();
    fields.add(resolver.schemaName);
    fieldResolversByType.set(typeClass, fields);
    const typeName = typeNameOf(typeClass);
    if (typeName && resolver.roles !== undefined) names.add(`${typeName}.${resolver.schemaName}`);
  }
  for (const [typeClass, resolved] of fieldResolversByType) {
    const type = storage.objectTypes.find((entry) => entry.target === typeClass);
    if (!type || !isReferenceByKey(type.directives ?? [], type.fields ?? [], resolved)) continue;
    for (const field of resolved) names.add(`${type.name}.${field}`);
  }
  return names;
}

/** An entity type whose only properties of its own are its key: another subgraph owns it. */
function isReferenceByKey(
  directives: ReadonlyArray<{ nameOrDefinition: string }>,
  fields: ReadonlyArray<{ schemaName: string }>,
  resolved: ReadonlySet<string>,
): boolean {
  const key = directives.map((directive) => /^@key\(fields: "([^"]+)"/.exec(directive.nameOrDefinition)).find(Boolean);
  if (!key) return false;
  const keyFields = new Set(key[1]!.split(/\s+/));
  return fields.every((field) => resolved.has(field.schemaName) || keyFields.has(field.schemaName));
}

/** The SDL with the outer non-null of every refusable field (and every root field) removed. */
export function relaxRefusableFields(document: DocumentNode, refusable: ReadonlySet<string>): DocumentNode {
  let typeName = '';
  return visit(document, {
    ObjectTypeDefinition: {
      enter(node: ObjectTypeDefinitionNode) {
        typeName = node.name.value;
      },
    },
    ObjectTypeExtension: {
      enter(node) {
        typeName = node.name.value;
      },
    },
    FieldDefinition(node: FieldDefinitionNode): FieldDefinitionNode | undefined {
      const refused = ROOT_TYPES.has(typeName) || refusable.has(`${typeName}.${node.name.value}`);
      if (!refused || node.type.kind !== Kind.NON_NULL_TYPE) return undefined;
      return { ...node, type: node.type.type };
    },
  });
}
