import { PoliticalTheoryLevel, ProfessionalLevel, StateManagementLevel } from '../../src/common/code-lists';
import { QualificationField } from '../../src/trainings/qualification-change.entity';
import { qualificationRaises } from '../../src/trainings/training-effects';

// Pure: what completing a course raises, no database.
describe('what completing a course raises', () => {
  it('finishing Cao cấp LLCT makes a Trung cấp cao cấp', () => {
    expect(
      qualificationRaises({ politicalTheory: PoliticalTheoryLevel.INTERMEDIATE }, { grantsPoliticalTheory: PoliticalTheoryLevel.ADVANCED }),
    ).toEqual([{ field: QualificationField.POLITICAL_THEORY, cadreKey: 'politicalTheory', from: 'intermediate', to: 'advanced' }]);
  });

  it('fills a qualification that was not recorded', () => {
    expect(qualificationRaises({}, { grantsStateManagement: StateManagementLevel.SPECIALIST })).toEqual([
      { field: QualificationField.STATE_MANAGEMENT, cadreKey: 'stateManagement', from: null, to: 'specialist' },
    ]);
  });

  it('never lowers: a Cử nhân stays Cử nhân, a Tiến sĩ finishing a Thạc sĩ course stays Tiến sĩ, an equal level is no change', () => {
    expect(
      qualificationRaises({ politicalTheory: PoliticalTheoryLevel.BACHELOR }, { grantsPoliticalTheory: PoliticalTheoryLevel.ADVANCED }),
    ).toEqual([]);
    expect(
      qualificationRaises({ professionalLevel: ProfessionalLevel.DOCTOR }, { grantsProfessionalLevel: ProfessionalLevel.MASTER }),
    ).toEqual([]);
    expect(
      qualificationRaises({ professionalLevel: ProfessionalLevel.MASTER }, { grantsProfessionalLevel: ProfessionalLevel.MASTER }),
    ).toEqual([]);
  });

  it('raises each field a course grants, on its own', () => {
    const raises = qualificationRaises(
      { professionalLevel: ProfessionalLevel.UNIVERSITY, politicalTheory: PoliticalTheoryLevel.BACHELOR, stateManagement: null },
      {
        grantsProfessionalLevel: ProfessionalLevel.MASTER,
        grantsPoliticalTheory: PoliticalTheoryLevel.ADVANCED,
        grantsStateManagement: StateManagementLevel.PRINCIPAL_SPECIALIST,
      },
    );
    expect(raises.map((r) => [r.field, r.from, r.to])).toEqual([
      [QualificationField.PROFESSIONAL_LEVEL, 'university', 'master'],
      [QualificationField.STATE_MANAGEMENT, null, 'principal_specialist'],
    ]);
  });

  it('a course that grants nothing raises nothing', () => {
    expect(qualificationRaises({ politicalTheory: null }, {})).toEqual([]);
  });
});
