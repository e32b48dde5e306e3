/** Citations rules carry, so every finding can say which clause asks for it. */
export const QAA_2022 = 'QAA Characteristics Statement: Micro-credentials (2022)';
export const EU_2022 = 'Council Recommendation 2022/C 243/02 on a European approach to micro-credentials';
export const ECTS_GUIDE = 'ECTS Users’ Guide (2015), 1 ECTS credit = 25–30 hours of work';
export const UK_CREDIT_FRAMEWORK =
  'Higher education credit framework for England (2021), 1 credit = 10 notional hours';
