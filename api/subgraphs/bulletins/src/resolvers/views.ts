import { AssessmentIndicator, IndicatorDirection, type AssessmentIndicatorDefinition } from '@dibao/domain';
import { labelFor } from '@dibao/server';
import type { AssessmentIndicatorWeightType, AssessmentSchemeType } from '../schema/assessment.type.js';
import { regionRef } from '../schema/region.type.js';
import type { SchemeView } from '../services/assessment.service.js';

export const indicatorWeightView = (indicator: AssessmentIndicatorDefinition): AssessmentIndicatorWeightType => ({
  code: indicator.code,
  label: labelFor(AssessmentIndicator, indicator.code),
  weight: indicator.weight,
  direction: indicator.direction,
  directionLabel: labelFor(IndicatorDirection, indicator.direction),
});

export const schemeView = (scheme: SchemeView): AssessmentSchemeType => ({
  id: scheme.id,
  province: regionRef(scheme.provinceCode),
  year: scheme.year,
  level: scheme.level,
  indicators: scheme.indicators.map(indicatorWeightView),
  isDefault: scheme.isDefault,
  definedAt: scheme.definedAt,
});
