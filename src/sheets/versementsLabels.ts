/** French text of the Versements sheet (the statuses' wording is the domain's: PAYMENT_STATUS in src/domain/payments.ts). */
import type { PaymentKind } from "../domain";

export const VERSEMENTS_LABELS = {
  title: "Calendrier des versements ACI",
  note: "Fonctionnement versé en totalité à la signature puis à chaque date anniversaire ; missions : avance de 75 % au début de chaque année, solde avec le versement de l'année suivante, après évaluation des indicateurs.",
  advanceRate: "Taux de l'avance",
  advanceReading: "Avance calculée sur (Paramètres)",
  advanceBase: "Base de l'avance (par an)",
  advanceBaseNote: "Enveloppe fixe : volets fixes et supplémentaire (la part variable vient avec le solde). Montant total des missions : fixe + variable.",
  headers: [
    "Année",
    "Début de l'année",
    "Fonctionnement",
    "Missions",
    "Total dû",
    "Date de l'avance",
    "Avance (75 %)",
    "Date du solde",
    "Solde",
    "Cumul perçu",
  ],
  year: (n: number) => `Année ${n}`,
  total: "Total du contrat (5 ans)",
  receiptsTitle: "Versements attendus et reçus",
  receiptsNote:
    "Saisissez la date de réception et le montant reçu de chaque versement à son arrivée : l'écart et l'état se mettent à jour, la trésorerie compte le montant reçu à sa date. Un versement dont la date prévue est passée sans montant reçu est signalé.",
  receiptsHeaders: ["Versement", "Date prévue", "Montant attendu", "Date de réception", "Montant reçu", "Écart (reçu − attendu)", "État"],
  payment: (year: number, kind: PaymentKind) => `Année ${year} — ${KIND_LABELS[kind]}`,
  addedPayment: (row: number) => `Versement ajouté (ligne ${row})`,
  receiptsTotal: "Total des versements",
  nextTitle: "Prochain versement attendu",
  nextDate: "Date",
  nextAmount: "Montant attendu à cette date",
  nextNone: "Aucun versement à venir",
  nextNote: "Le premier versement non reçu à venir (à partir de la date de référence) ; plusieurs versements tombent souvent le même jour anniversaire.",
  receivedDateHelp: "Date à laquelle le versement est arrivé sur le compte de la CPTS.",
  receivedDateError: "Saisissez une date (jj/mm/aaaa).",
  receivedAmountHelp: "Montant effectivement reçu, en euros (laissez vide tant qu'il n'est pas arrivé).",
  receivedAmountError: "Saisissez un montant positif ou nul, en euros.",
  summaryNextDate: "Prochain versement attendu — date",
  summaryNextAmount: "Prochain versement attendu — montant",
} as const;

const KIND_LABELS: Readonly<Record<PaymentKind, string>> = {
  fonctionnement: "Fonctionnement",
  avance: "Avance des missions",
  solde: "Solde des missions",
};
