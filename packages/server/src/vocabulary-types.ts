import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';
import { enumObjectOf, labelOf, vocabularyCodes, type Vocabulary } from '@dibao/domain';

// Shared by every subgraph as the same value type, so Federation must be told it may come from any of them.
@Directive('@shareable')
@ObjectType({ description: 'A label in both languages / 中英文标签' })
export class Label {
  @Field({ description: 'Chinese / 中文' })
  zh: string;

  @Field({ description: 'English / 英文' })
  en: string;
}

export function labelFor<V extends Vocabulary>(vocabulary: V, code: keyof V & string): Label {
  return { zh: labelOf(vocabulary, code, 'zh'), en: labelOf(vocabulary, code, 'en') };
}

const registered = new Map<Vocabulary, Record<string, string>>();

/** Registers a domain vocabulary as a GraphQL enum whose value descriptions carry both labels. */
export function vocabularyEnum<V extends Vocabulary>(vocabulary: V, name: string, description: string) {
  let enumObject = registered.get(vocabulary);
  if (!enumObject) {
    enumObject = enumObjectOf(vocabulary) as Record<string, string>;
    registered.set(vocabulary, enumObject);
    registerEnumType(enumObject, {
      name,
      description,
      valuesConfig: Object.fromEntries(
        vocabularyCodes(vocabulary).map((code) => [
          code,
          { description: `${labelOf(vocabulary, code, 'en')} / ${labelOf(vocabulary, code, 'zh')}` },
        ]),
      ),
    });
  }
  return enumObject as { [K in keyof V]: K };
}
