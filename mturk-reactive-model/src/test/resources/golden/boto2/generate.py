"""Regenerates the boto 2.49 reference documents in this folder.

Run with Debian's boto: /usr/bin/python3 generate.py
Each file holds exactly what boto2's get_as_xml() returns for the inputs named in the file name;
QuestionXmlBoto2ParityTest builds the same inputs in Java and compares the documents structurally.
"""
from boto.mturk.question import *


def content(title, text):
    qc = QuestionContent()
    qc.append_field('Title', title)
    qc.append_field('Text', text)
    return qc


def form(*items):
    return QuestionForm(list(items))


def write(name, xml):
    with open(name + '.xml', 'w', encoding='utf-8') as f:
        f.write(xml)


ov = Overview()
ov.append_field('Title', 'OV')
ov.append(FormattedContent('<p>x</p>'))
write('overview_and_free_text', form(ov, Question('q1', content('Boto no hit type question content', 'What is a boto no hit type?'),
                                                  AnswerSpecification(FreeTextAnswer()))).get_as_xml())

write('free_text_regex', form(Question('date', content('Date', 'When?'), AnswerSpecification(FreeTextAnswer(
    constraints=[RegExConstraint("^[12][0-9]{3}-[01]?\\d-[0-3]?\\d$", error_text="You must enter a date with the format yyyy-mm-dd.", flags='i')],
    default="This is not a valid format")))).get_as_xml())

write('free_text_numeric_length_lines', form(Question('age', content('Age', 'How old?'), AnswerSpecification(FreeTextAnswer(
    constraints=[NumericConstraint(0, 120), LengthConstraint(1, 3)], default='30', num_lines=2)),
    is_required=True, display_name='Your age')).get_as_xml())

qc = content('Boto binary question', 'What is a boto binary hit type?')
qc.append(Binary('image', 'jpeg', 'http://www.example.com/test1.jpg', alt_text='image is missing'))
qc.append(List(['first', 'second']))
write('binary_and_list', form(Question('bin', qc, AnswerSpecification(FreeTextAnswer()))).get_as_xml())

sel = [('Red', 'r'), ('Blue', 'b')]
write('selection_default', form(Question('colour', content('Colour', 'Pick one'), AnswerSpecification(SelectionAnswer(selections=sel)))).get_as_xml())
write('selection_radiobutton', form(Question('colour', content('Colour', 'Pick one'), AnswerSpecification(SelectionAnswer(style='radiobutton', selections=sel)))).get_as_xml())
write('selection_checkbox_other', form(Question('colour', content('Colour', 'Pick'), AnswerSpecification(SelectionAnswer(min=1, max=2, style='checkbox', selections=sel, other=True)))).get_as_xml())
write('selection_dropdown_other_free_text', form(Question('colour', content('Colour', 'Pick'), AnswerSpecification(SelectionAnswer(style='dropdown', selections=sel, other=FreeTextAnswer(default='x'))))).get_as_xml())
for style in ['list', 'combobox', 'multichooser']:
    write('selection_' + style, form(Question('colour', content('Colour', 'Pick'), AnswerSpecification(SelectionAnswer(min=0, max=2, style=style, selections=sel)))).get_as_xml())
binsel = [('<MimeType><Type>image</Type><SubType>png</SubType></MimeType><DataURL>http://example.com/cat.png</DataURL><AltText>A cat</AltText>', 'cat')]
write('selection_binary', form(Question('animal', content('Animal', 'Which?'), AnswerSpecification(SelectionAnswer(selections=binsel, type='binary')))).get_as_xml())

write('file_upload', form(Question('upload', content('Upload', 'Send a file'), AnswerSpecification(FileUploadAnswer(1024, 2048)))).get_as_xml())

write('external_question', ExternalQuestion('http://example.com/?a=1&b=2', 800).get_as_xml())
write('html_question', HTMLQuestion('<html><body><form><input name="x"/></form></body></html>', 600).get_as_xml())
